package nl.wmoscorecards.core.report;

/** What the first bytes of an upload say it is; the file name is never trusted. */
enum SniffedFormat {
    EMPTY("een leeg bestand"),
    PDF("een PDF-bestand"),
    XLSX("een Excel-bestand"),
    OLD_EXCEL("een Excel-bestand in het oude formaat (.xls)"),
    UTF16_TEXT("een tekstbestand in UTF-16 ('Unicode-tekst')"),
    BINARY("een bestand dat geen tekst of Excel is"),
    TEXT("een tekst- of CSV-bestand");

    static final int SNIFF_BYTES = 8192;

    private final String dutchDescription;

    SniffedFormat(String dutchDescription) {
        this.dutchDescription = dutchDescription;
    }

    /** For messages: "Dit is een PDF-bestand". */
    String dutchDescription() {
        return dutchDescription;
    }

    static SniffedFormat detect(byte[] head) {
        if (head.length == 0 || (head.length < SNIFF_BYTES && blank(head))) {
            return EMPTY; // the whole file is nothing, or only spaces, line breaks and a byte-order mark
        }
        if (startsWith(head, 0x25, 0x50, 0x44, 0x46)) { // %PDF
            return PDF;
        }
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) { // zip local file header: XLSX is a zip archive
            return XLSX;
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) { // OLE2 compound file: Excel 97-2003
            return OLD_EXCEL;
        }
        if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
            return UTF16_TEXT;
        }
        return looksBinary(head) ? BINARY : TEXT;
    }

    private static boolean blank(byte[] head) {
        int start = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = start; i < head.length; i++) {
            int c = head[i] & 0xFF;
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return false;
            }
        }
        return true;
    }

    /** Text never holds NUL or most control bytes; 1% tolerates a stray one in an odd export. */
    private static boolean looksBinary(byte[] head) {
        int control = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A) {
                control++;
            }
        }
        return control * 100 > head.length;
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
