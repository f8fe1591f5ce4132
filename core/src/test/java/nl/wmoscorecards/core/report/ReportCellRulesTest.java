package nl.wmoscorecards.core.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Map;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What providers really type, accepted and read to the right typed value. */
class ReportCellRulesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "1.234,56|1234.56", "1,234.56|1234.56", "1234,5|1234.5", "1.5|1.5", "-3|-3", "+3|3",
            "€ 1.234|1.234", "1.234.567|1234567", "1.234.567,89|1234567.89", "8,5%|8.5", "' 12 '|12", ",5|0.5"})
    void dutchAndInternationalNumbersAreRead(String text, String expected) {
        assertThat(DutchNumbers.parse(text)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"acht", "12,34,56", "1.23,4", "1,2,3.4", "1.234,5,6", "--1", "12a", "''"})
    void ambiguousOrBrokenNumbersAreNot(String text) {
        assertThat(DutchNumbers.parse(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"01-03-2025", "1-3-2025", "2025-03-01", "' 01-03-2025 '"})
    void datesInEveryAcceptedNotation(String text) throws CellRefusal {
        assertThat(DutchDates.parse(text)).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void leapDayExistsOnlyInLeapYears() throws CellRefusal {
        assertThat(DutchDates.parse("29-02-2024")).isEqualTo(LocalDate.of(2024, 2, 29));
        firstProblemOf("cto", "gemeente;datum;cijfer\n0479;29-02-2025;8\n").contains("bestaat niet");
    }

    @Test
    void headersMatchIgnoringCaseAndSpacesOrByKey() {
        String csv = " GEMEENTE ; Datum ;grade\n479;01-03-2025;8\n";

        ParsedReport report = ReportFixtures.read("cto", csv.getBytes(UTF_8));

        assertThat(report.problems()).isEmpty();
        assertThat(report.rows()).containsExactly(new ReportRow(2,
                Map.of("municipality", "0479", "date", LocalDate.of(2025, 3, 1), "grade", new java.math.BigDecimal("8"))));
    }

    @Test
    void blankLinesAreSkippedAndRowNumbersAreWhatTheProviderSees() {
        String csv = "\r\ngemeente;datum;cijfer\r\n\r\n0479;01-03-2025;8\r\n;;\r\n0385;02-03-2025;-\r\n";

        ParsedReport report = ReportFixtures.read("cto", csv.getBytes(UTF_8));

        assertThat(report.problems()).extracting(ReportProblem::row).containsExactly(6);
    }

    @Test
    void choicesIgnoreCaseAndCodesKeepTheirLeadingZero() {
        String csv = "gemeente;productcategorie;aantal cliënten\n479;2;10\n0880;07;3\n";
        String calamity = "datum;soort;gemeld bij toezichthouder;omschrijving\n01-03-2025;Calamiteit;JA;val\n";

        ParsedReport counts = ReportFixtures.read("clientaantallen", csv.getBytes(UTF_8));
        ParsedReport calamities = ReportFixtures.read("calamiteiten", calamity.getBytes(UTF_8));

        assertThat(counts.rows()).extracting(r -> r.values().get("productCategory")).containsExactly("02", "07");
        assertThat(counts.rows()).extracting(r -> r.values().get("municipality")).containsExactly("0479", "0880");
        assertThat(calamities.rows().get(0).values()).containsEntry("kind", "calamiteit")
                .containsEntry("reportedToSupervisor", "ja");
    }

    @Test
    void aLeadingMinusIsANumberNotAFormula() {
        firstProblemOf("clientaantallen", "gemeente;productcategorie;aantal cliënten\n0479;02;-1\n")
                .contains("-1 is te klein");
    }

    @Test
    void anIntegerColumnRefusesAFraction() {
        firstProblemOf("clientaantallen", "gemeente;productcategorie;aantal cliënten\n0479;02;7,5\n")
                .contains("Vul een heel getal in");
    }

    @Test
    void aSurveyGradeRunsFromZeroToTenWithOneDecimal() {
        ParsedReport report = ReportFixtures.read("cto",
                "gemeente;datum;cijfer\n0479;01-03-2025;8,5\n0479;01-03-2025;0\n0479;01-03-2025;8,25\n".getBytes(UTF_8));

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(4);
            assertThat(problem.value()).isEqualTo("8,25");
            assertThat(problem.messageNl()).contains("hoogstens één decimaal");
        });
        ParsedReport accepted = ReportFixtures.read("cto",
                "gemeente;datum;cijfer\n0479;01-03-2025;8,5\n0479;01-03-2025;0\n".getBytes(UTF_8));
        assertThat(accepted.rows()).extracting(row -> row.values().get("grade"))
                .containsExactly(new java.math.BigDecimal("8.5"), java.math.BigDecimal.ZERO);
    }

    @Test
    void quotedFieldsMayHoldSeparatorsQuotesAndLineBreaks() {
        String csv = "datum,soort,gemeld bij toezichthouder,omschrijving\n"
                + "2025-03-01,incident,nee,\"Val, \"\"licht\"\"\nletsel\"\n2025-03-02,incident,nee,ok\n";

        ParsedReport report = ReportFixtures.read("calamiteiten", csv.getBytes(UTF_8));

        assertThat(report.problems()).isEmpty();
        assertThat(report.rows()).extracting(ReportRow::rowNumber).containsExactly(2, 3);
        assertThat(report.rows().get(0).values().get("summary")).isEqualTo("Val, \"licht\"\nletsel");
    }

    @Test
    void xlsxPercentageCellsReadAsThePercentageShown() {
        byte[] xlsx = ReportFixtures.xlsx(sheet -> {
            ReportFixtures.row(sheet, 0, "peildatum", "fte", "verloop %", "ervaringsdeskundigen in dienst");
            ReportFixtures.row(sheet, 1, "31-12-2025", 12.5, 0.085, 2);
            sheet.style(1, 2).format("0.0%").set();
        });

        ParsedReport report = ReportFixtures.read("personeel", xlsx);

        assertThat(report.problems()).isEmpty();
        assertThat(report.rows().get(0).values()).containsEntry("turnoverPercentage", new BigDecimal("8.5"))
                .containsEntry("fte", new BigDecimal("12.5")).containsEntry("experienceExperts", 2L)
                .containsEntry("referenceDate", LocalDate.of(2025, 12, 31));
    }

    @Test
    @Tag("slow")
    void anXlsxWithMoreThanTheMaximumRowsIsRefused() {
        byte[] xlsx = ReportFixtures.xlsx(sheet -> {
            ReportFixtures.row(sheet, 0, "gemeente", "datum", "cijfer");
            for (int r = 1; r <= ReportFileReader.MAX_ROWS + 1; r++) {
                ReportFixtures.row(sheet, r, "0479", "01-03-2025", 8);
            }
        });

        ParsedReport report = ReportFixtures.read("cto", xlsx);

        assertThat(report.rows()).isEmpty();
        assertThat(report.problems()).extracting(ReportProblem::messageNl).first().asString()
                .contains("meer dan 100.000 regels");
    }

    @ParameterizedTest
    @CsvSource({"UTF-8, false", "UTF-8, true", "windows-1252, false"})
    void clientenComesOutRightFromEveryEncoding(String charset, boolean bom) throws IOException {
        byte[] text = "aantal cliënten; één € – ‘x’".getBytes(Charset.forName(charset));
        byte[] file = bom ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text) : text;

        try (DetectingTextReader reader = new DetectingTextReader(new ByteArrayInputStream(file))) {
            char[] buffer = new char[100];
            int n = reader.read(buffer, 0, buffer.length);
            assertThat(new String(buffer, 0, n)).isEqualTo("aantal cliënten; één € – ‘x’");
            assertThat(reader.encoding()).isEqualTo(charset.equals("UTF-8")
                    ? DetectingTextReader.Encoding.UTF_8 : DetectingTextReader.Encoding.WINDOWS_1252);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** The message of the first problem found in this CSV file of the given report type. */
    private static AbstractStringAssert<?> firstProblemOf(String reportType, String csv) {
        return assertThat(ReportFixtures.read(reportType, csv.getBytes(UTF_8)).problems())
                .extracting(ReportProblem::messageNl).first().asString();
    }
}
