package nl.wmoscorecards.core.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.wmoscorecards.core.privacy.OutboundValues;
import nl.wmoscorecards.core.region.RegionCatalog;

/**
 * Turns one cell into its column's typed value (String, Long, BigDecimal, LocalDate), or refuses it with
 * a message that says what is wrong and what to do. An empty optional cell gives null.
 */
final class CellReader {
    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** Excel's own maximum for one cell: anything longer was not typed into a spreadsheet. */
    static final int MAX_CELL_CHARS = 32_767;

    private final RegionCatalog regions;
    private final String exampleMunicipality;

    CellReader(RegionCatalog regions) {
        this.regions = regions;
        this.exampleMunicipality = regions.measurementRegions().stream()
                .flatMap(region -> region.municipalities().entrySet().stream())
                .findFirst()
                .map(entry -> entry.getKey() + " (" + entry.getValue() + ")")
                .orElse("0479");
    }

    Object read(ReportColumn column, RawCell cell) throws CellRefusal {
        if (cell.kind() == RawCell.Kind.FORMULA) {
            throw new CellRefusal("Deze cel bevat een formule. Kopieer de cellen en plak ze met 'Plakken speciaal'"
                    + " > 'Waarden', zodat alleen de uitkomst overblijft.", "formula cell");
        }
        if (cell.kind() == RawCell.Kind.ERROR) {
            throw new CellRefusal("Deze cel bevat een Excel-foutwaarde (" + ReportProblem.quote(cell.text()) + "). Vul de juiste waarde in.",
                    "Excel error value");
        }
        String text = Cells.clean(cell.text());
        if (cell.kind() == RawCell.Kind.TEXT && text.isEmpty()) {
            if (column.required()) {
                throw new CellRefusal("Deze cel is leeg, maar '" + column.header() + "' is verplicht. Vul een waarde in.",
                        "required cell is empty");
            }
            return null;
        }
        if (text.length() > MAX_CELL_CHARS) {
            throw new CellRefusal("Deze cel heeft meer dan " + DutchNumbers.format(java.math.BigDecimal.valueOf(MAX_CELL_CHARS))
                    + " tekens, meer dan Excel in een cel toelaat. Controleer of de cel de goede waarde bevat.",
                    "cell longer than " + MAX_CELL_CHARS + " characters");
        }
        rejectControlCharacters(text);
        switch (column.type()) {
            case INTEGER:
                return integer(column, cell, text);
            case DECIMAL:
                return decimal(column, cell, text);
            case DATE:
                return date(cell, text);
            case GEMEENTECODE:
                return municipality(text);
            case CHOICE:
                return choice(column, text);
            default:
                return text(column, text);
        }
    }

    private Long integer(ReportColumn column, RawCell cell, String text) throws CellRefusal {
        BigDecimal number = number(cell, text);
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            throw new CellRefusal("Vul een heel getal in, zonder komma of punt (bijvoorbeeld 12).",
                    "not a whole number");
        }
        if (OutboundValues.containsBsn(number.toPlainString())) {
            // No count or year reaches 100 million: nine digits passing the elfproef here is a BSN in the wrong cell.
            throw CellRefusal.withheldValue("hier staat een getal van 9 cijfers dat een BSN kan zijn. In '"
                    + column.header() + "' hoort een aantal; een BSN hoort nergens in een rapportage. Vul het juiste"
                    + " aantal in en upload het bestand opnieuw.", "whole number looks like a BSN");
        }
        checkRange(column, number);
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            throw new CellRefusal("Dit getal is te groot.", "integer too large");
        }
    }

    private BigDecimal decimal(ReportColumn column, RawCell cell, String text) throws CellRefusal {
        BigDecimal number = number(cell, text);
        checkRange(column, number);
        // One value whatever the notation: 45000, 45.000,00 and 45000.0 are all 45000.
        BigDecimal stripped = number.stripTrailingZeros();
        if (column.maxDecimals() != null && stripped.scale() > column.maxDecimals()) {
            throw new CellRefusal(DutchNumbers.format(number) + " heeft te veel cijfers achter de komma: vul een getal in"
                    + " met hoogstens " + (column.maxDecimals() == 1 ? "één decimaal" : column.maxDecimals() + " decimalen")
                    + " (bijvoorbeeld 8,5).", "more than " + column.maxDecimals() + " decimals");
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal number(RawCell cell, String text) throws CellRefusal {
        if (cell.kind() == RawCell.Kind.NUMBER) {
            return cell.number();
        }
        if (cell.kind() == RawCell.Kind.DATE) {
            throw new CellRefusal("Hier hoort een getal, maar de cel is opgemaakt als datum. Maak de cel op als"
                    + " 'Getal' en vul het getal opnieuw in.", "date where a number was expected");
        }
        BigDecimal number = DutchNumbers.parse(text);
        if (number == null) {
            throw new CellRefusal("'" + ReportProblem.quote(text) + "' is geen getal. Vul alleen cijfers in, met een komma voor decimalen"
                    + " (bijvoorbeeld 1234 of 1.234,56).", "not a number");
        }
        return number;
    }

    private static void checkRange(ReportColumn column, BigDecimal number) throws CellRefusal {
        BigDecimal min = column.min();
        BigDecimal max = column.max();
        boolean tooLow = min != null && number.compareTo(min) < 0;
        boolean tooHigh = max != null && number.compareTo(max) > 0;
        if (!tooLow && !tooHigh) {
            return;
        }
        String value = DutchNumbers.format(number);
        if (min != null && max != null) {
            throw new CellRefusal(value + " valt buiten het toegestane bereik: vul een getal in van "
                    + DutchNumbers.format(min) + " tot en met " + DutchNumbers.format(max) + ".",
                    "out of range " + min.toPlainString() + ".." + max.toPlainString());
        }
        if (tooLow) {
            throw new CellRefusal(value + " is te klein: het getal mag niet kleiner zijn dan " + DutchNumbers.format(min)
                    + ".", "below minimum " + min.toPlainString());
        }
        throw new CellRefusal(value + " is te groot: het getal mag niet groter zijn dan " + DutchNumbers.format(max)
                + ".", "above maximum " + max.toPlainString());
    }

    private static LocalDate date(RawCell cell, String text) throws CellRefusal {
        if (cell.kind() == RawCell.Kind.DATE) {
            return cell.date();
        }
        if (cell.kind() == RawCell.Kind.NUMBER) {
            throw new CellRefusal("Hier hoort een datum, maar de cel bevat het getal " + ReportProblem.quote(text) + ". Maak de cel op als"
                    + " 'Datum' of typ de datum als dd-mm-jjjj, bijvoorbeeld 31-12-2025.", "number where a date was expected");
        }
        return DutchDates.parse(text);
    }

    private String municipality(String text) throws CellRefusal {
        String digits = text.regionMatches(true, 0, "GM", 0, 2) ? text.substring(2) : text;
        if (!digits.matches("[0-9]{1,4}")) {
            throw new CellRefusal("'" + ReportProblem.quote(text) + "' is geen gemeentecode. Een gemeentecode bestaat uit 4 cijfers,"
                    + " bijvoorbeeld " + exampleMunicipality + ".", "not a municipality code");
        }
        // Excel drops leading zeros: 479 was 0479.
        String code = "0".repeat(4 - digits.length()) + digits;
        if (regions.measurementRegionOf(code).isEmpty()) {
            throw new CellRefusal("Gemeentecode " + code + " hoort niet bij een gemeente in onze regio's. Gebruik de"
                    + " 4-cijferige CBS-code van de gemeente, bijvoorbeeld " + exampleMunicipality + ".",
                    "unknown municipality code");
        }
        return code;
    }

    private static String choice(ReportColumn column, String text) throws CellRefusal {
        String wanted = Cells.comparable(text);
        for (String allowed : column.allowedValues()) {
            if (Cells.comparable(allowed).equals(wanted) || sameCode(allowed, wanted)) {
                return allowed;
            }
        }
        throw new CellRefusal("'" + ReportProblem.quote(text) + "' is hier niet toegestaan. Kies een van: "
                + String.join(", ", column.allowedValues()) + ".", "value not in the allowed list");
    }

    /** Codes typed as numbers lose their leading zeros in Excel: 2 means 02. */
    private static boolean sameCode(String allowed, String wanted) {
        return allowed.matches("[0-9]+") && wanted.matches("[0-9]+")
                && new BigDecimal(allowed).compareTo(new BigDecimal(wanted)) == 0;
    }

    private static String text(ReportColumn column, String text) throws CellRefusal {
        rejectIdentifiers(column, text);
        if (FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            throw new CellRefusal("Tekst mag niet beginnen met =, +, - of @, omdat Excel dat als formule uitvoert."
                    + " Haal dat teken aan het begin weg.", "text starting like a formula");
        }
        if (column.maxLength() != null && text.codePointCount(0, text.length()) > column.maxLength()) {
            throw new CellRefusal("Deze tekst is " + text.codePointCount(0, text.length()) + " tekens lang; er mogen"
                    + " er hoogstens " + column.maxLength() + " in. Maak de tekst korter.",
                    "text longer than " + column.maxLength());
        }
        if (!column.allowedValues().isEmpty()) {
            return choice(column, text);
        }
        return text;
    }

    /**
     * Free text must not identify a client: a BSN (also typed as 1234.56.782) or a postcode with a house number
     * refuses the row. The problem does not repeat the text, so the identifier goes nowhere. Names and birth
     * dates cannot be recognised reliably; docs/reliability.md says so.
     */
    private static void rejectIdentifiers(ReportColumn column, String text) throws CellRefusal {
        if (OutboundValues.containsBsn(text)) {
            throw CellRefusal.withheldValue("de tekst bevat een nummer dat een BSN kan zijn (9 cijfers die de elfproef"
                    + " doorstaan). In '" + column.header() + "' horen geen BSN, naam, adres of andere gegevens waaraan"
                    + " een cliënt of medewerker te herkennen is. Haal het nummer weg en upload het bestand opnieuw.",
                    "free text holds a BSN-like number");
        }
        if (OutboundValues.containsPostcodeWithHouseNumber(text)) {
            throw CellRefusal.withheldValue("de tekst bevat een postcode met huisnummer, en dus een adres. In '"
                    + column.header() + "' horen geen adres, naam, BSN of andere gegevens waaraan een cliënt of"
                    + " medewerker te herkennen is. Haal het adres weg en upload het bestand opnieuw.",
                    "free text holds a postcode with house number");
        }
    }

    private static void rejectControlCharacters(String text) throws CellRefusal {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFD') {
                throw new CellRefusal("Deze cel bevat een onleesbaar teken. Typ de waarde opnieuw in.",
                        "control or replacement character in cell");
            }
        }
    }
}
