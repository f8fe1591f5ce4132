package nl.wmoscorecards.core.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A corpus of broken files: each is refused with a clear Dutch problem and no rows. */
class ReportRefusalTest {
    private static final String CTO_HEADER = "gemeente;datum;cijfer\r\n";

    @Test
    void truncatedXlsxIsRefusedAsDamaged() {
        byte[] whole = ReportFixtures.xlsx(ReportFixtures.type("cto"), ReportFormatsTest.cto());

        ParsedReport report = ReportFixtures.read("cto", Arrays.copyOf(whole, whole.length / 2));

        assertRefused(report, "beschadigd of niet volledig geüpload");
    }

    @Test
    void randomBinaryIsRefused() {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        junk[0] = 0x13; // not a zip, PDF or BOM by chance

        assertRefused(ReportFixtures.read("cto", junk), "geen tekst of Excel");
    }

    @Test
    void emptyFileIsRefused() {
        assertRefused(ReportFixtures.read("cto", new byte[0]), "Het bestand is leeg");
        assertRefused(ReportFixtures.read("cto", "\r\n  \r\n".getBytes(UTF_8)), "Het bestand is leeg");
    }

    @Test
    void pdfIsRefusedForATableType() {
        ParsedReport report = ReportFixtures.read("cto", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(UTF_8));

        assertRefused(report, "Dit is een PDF-bestand");
        assertThat(report.problems().get(0).messageNl()).contains("Excel-bestand (.xlsx) of een CSV-bestand");
    }

    @Test
    void oldExcelFormatIsNamed() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

        assertRefused(ReportFixtures.read("cto", xls), "oude formaat (.xls)");
    }

    @Test
    void documentTypeAcceptsOnlyAPdf() {
        ParsedReport csv = ReportFixtures.read("verbeterplan", (CTO_HEADER + "0479;01-02-2025;8\r\n").getBytes(UTF_8));
        ParsedReport pdf = ReportFixtures.read("verbeterplan", "%PDF-1.4\n...\n%%EOF\n".getBytes(UTF_8));

        assertRefused(csv, "verwachten we een PDF-bestand");
        assertThat(pdf.accepted()).isTrue();
        assertThat(pdf.rows()).isEmpty();
    }

    @Test
    void wrongHeaderNamesTheUnknownAndTheMissingColumn() {
        ParsedReport report = ReportFixtures.read("cto", "gemeente;datum;score\r\n0479;01-02-2025;8\r\n".getBytes(UTF_8));

        assertThat(report.rows()).isEmpty();
        assertThat(report.problems()).extracting(ReportProblem::column).containsExactly("score", "cijfer");
        assertThat(report.problems().get(0).messageNl())
                .contains("De kolom 'score' (kolom C) hoort niet bij")
                .contains("gemeente; datum; cijfer");
        assertThat(report.problems().get(1).messageNl()).contains("De verplichte kolom 'cijfer' ontbreekt");
    }

    /** A CTO file with one bad column or cell: refused with the Dutch problem, which names that column. */
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void ctoFileIsRefusedNamingTheColumn(String what, String file, String dutchFragment, String column) {
        ParsedReport report = ReportFixtures.read("cto", file.getBytes(UTF_8));

        assertRefused(report, dutchFragment);
        assertThat(report.problems().get(0).column()).isEqualTo(column);
    }

    static Stream<Arguments> ctoFileIsRefusedNamingTheColumn() {
        return Stream.of(
                Arguments.of("a required column missing", "gemeente;datum\r\n0479;01-02-2025\r\n",
                        "De verplichte kolom 'cijfer' ontbreekt", "cijfer"),
                Arguments.of("a column twice, named with both positions",
                        "gemeente;datum;cijfer;Datum\r\n0479;01-02-2025;8;02-02-2025\r\n",
                        "De kolom 'datum' staat twee keer in het bestand (kolom B en kolom D)", "datum"),
                Arguments.of("grade 11 out of range", CTO_HEADER + "0479;01-02-2025;11\r\n",
                        "11 valt buiten het toegestane bereik: vul een getal in van 0 tot en met 10", "cijfer"),
                Arguments.of("a date that does not exist", CTO_HEADER + "0479;30-02-2025;8\r\n",
                        "De datum 30-02-2025 bestaat niet", "datum"),
                Arguments.of("an unknown municipality code", CTO_HEADER + "9999;01-02-2025;8\r\n",
                        "Gemeentecode 9999 hoort niet bij een gemeente in onze regio's", "gemeente"),
                Arguments.of("a required cell empty", CTO_HEADER + "0479;;8\r\n",
                        "Deze cel is leeg, maar 'datum' is verplicht", "datum"));
    }

    @Test
    @Tag("slow")
    void aMillionRowsAreRefusedWithoutReadingThemAll() throws IOException {
        // Not timed (a busy machine made a time limit flaky): the rows handed out show it stopped reading early.
        GeneratedCsv million = new GeneratedCsv(CTO_HEADER, "0479;01-02-2025;8\r\n", 1_000_000);

        ParsedReport report = ReportFixtures.reader().read(ReportFixtures.type("cto"), "groot.csv", million);

        assertRefused(report, "meer dan 100.000 regels");
        assertThat(report.problems().get(0).row()).isEqualTo(100_002);
        assertThat(million.rowsHandedOut()).isLessThan(200_000);
    }

    @Test
    void invalidNumberIsRefusedAtItsRowAndColumn() {
        ParsedReport report = ReportFixtures.read("cto", (CTO_HEADER + "0479;01-02-2025;acht\r\n").getBytes(UTF_8));

        assertRefused(report, "'acht' is geen getal");
        assertThat(report.problems().get(0)).extracting(ReportProblem::row, ReportProblem::column, ReportProblem::value)
                .containsExactly(2, "cijfer", "acht");
    }

    @Test
    void formulaInATextCellIsRefused() {
        String csv = "datum;soort;gemeld bij toezichthouder;omschrijving\r\n"
                + "01-02-2025;incident;nee;\"=HYPERLINK(\"\"http://example.org\"\";\"\"klik\"\")\"\r\n";

        ParsedReport report = ReportFixtures.read("calamiteiten", csv.getBytes(UTF_8));

        assertRefused(report, "Tekst mag niet beginnen met =, +, - of @");
        assertThat(report.problems().get(0).value()).startsWith("=HYPERLINK(");
    }

    @Test
    void formulaCellInXlsxIsRefused() {
        byte[] xlsx = ReportFixtures.xlsx(sheet -> {
            ReportFixtures.row(sheet, 0, "gemeente", "datum", "cijfer");
            ReportFixtures.row(sheet, 1, "0479", "01-02-2025");
            sheet.formula(1, 2, "4+4");
        });

        ParsedReport report = ReportFixtures.read("cto", xlsx);

        assertRefused(report, "Deze cel bevat een formule");
        assertThat(report.problems().get(0)).extracting(ReportProblem::row, ReportProblem::column)
                .containsExactly(2, "cijfer");
    }

    @Test
    void tooLongTextIsRefused() {
        String csv = "datum;soort;gemeld bij toezichthouder;omschrijving\r\n01-02-2025;incident;nee;"
                + "a".repeat(501) + "\r\n";

        assertRefused(ReportFixtures.read("calamiteiten", csv.getBytes(UTF_8)),
                "Deze tekst is 501 tekens lang; er mogen er hoogstens 500 in");
    }

    @Test
    void choiceOutsideTheListNamesTheAllowedValues() {
        String csv = "datum;soort;gemeld bij toezichthouder;omschrijving\r\n01-02-2025;ongeluk;nee;val\r\n";

        assertRefused(ReportFixtures.read("calamiteiten", csv.getBytes(UTF_8)),
                "'ongeluk' is hier niet toegestaan. Kies een van: calamiteit, incident.");
    }

    @Test
    void fileMixingUtf8AndWindows1252IsRefused() {
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        mixed.writeBytes("datum;soort;gemeld bij toezichthouder;omschrijving\r\n01-02-2025;incident;nee;Cliënt\r\n"
                .getBytes(UTF_8));
        mixed.writeBytes("02-02-2025;incident;nee;Cliënt\r\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));

        assertRefused(ReportFixtures.read("calamiteiten", mixed.toByteArray()), "twee tekencoderingen door elkaar");
    }

    @Test
    void problemsAreCappedAt200WithACountOfTheRest() {
        StringBuilder csv = new StringBuilder(CTO_HEADER);
        for (int i = 0; i < 250; i++) {
            csv.append("0479;01-02-2025;11\r\n");
        }

        ParsedReport report = ReportFixtures.read("cto", csv.toString().getBytes(UTF_8));

        assertThat(report.rows()).isEmpty();
        assertThat(report.problems()).hasSize(201);
        assertThat(report.problems().get(200).messageNl()).startsWith("En nog 50 fouten");
    }

    @Test
    @Tag("slow")
    void zipBombIsRefusedBeforeExcelReadsIt() throws IOException {
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(archive)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i <= ZipBombGuard.MAX_UNPACKED_BYTES >> 20; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }

        assertRefused(ReportFixtures.read("cto", archive.toByteArray()), "te groot uitgepakt");
    }

    @Test
    void aRefusedFileStillReportsAllItsCellProblems() {
        String csv = CTO_HEADER + "0479;01-02-2025;8\r\n9999;01-02-2025;8\r\n0479;32-01-2025;-1\r\n";

        ParsedReport report = ReportFixtures.read("cto", csv.getBytes(UTF_8));

        assertThat(report.rows()).isEmpty();
        assertThat(report.problems()).extracting(ReportProblem::row, ReportProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "gemeente"),
                        org.assertj.core.groups.Tuple.tuple(4, "datum"), org.assertj.core.groups.Tuple.tuple(4, "cijfer"));
        assertThat(report.problems()).allSatisfy(p -> assertThat(p.messageEn()).isNotBlank());
    }

    private static void assertRefused(ParsedReport report, String dutchFragment) {
        assertThat(report.accepted()).isFalse();
        assertThat(report.rows()).isEmpty();
        assertThat(report.problems()).isNotEmpty();
        assertThat(report.problems().get(0).messageNl()).contains(dutchFragment);
        assertThat(report.problems().get(0).messageEn()).isNotBlank();
    }

    /** A CSV made on the fly, row by row, so a million rows are never in memory in the test either. */
    private static final class GeneratedCsv extends InputStream {
        private final byte[] row;
        private final long rows;
        private InputStream current;
        private long handedOut;

        GeneratedCsv(String header, String row, long rows) {
            this.current = new ByteArrayInputStream(header.getBytes(UTF_8));
            this.row = row.getBytes(UTF_8);
            this.rows = rows;
        }

        long rowsHandedOut() {
            return handedOut;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = current.read(b, off, len);
            while (n < 0 && handedOut < rows) {
                handedOut++;
                current = new ByteArrayInputStream(row);
                n = current.read(b, off, len);
            }
            return n;
        }
    }
}
