package nl.wmoscorecards.core.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.privacy.TestBsns;
import nl.wmoscorecards.core.report.ColumnType;
import nl.wmoscorecards.core.report.ParsedReport;
import nl.wmoscorecards.core.report.ReportColumn;
import nl.wmoscorecards.core.report.ReportFileReader;
import nl.wmoscorecards.core.report.ReportFixtures;
import nl.wmoscorecards.core.report.ReportProblem;
import nl.wmoscorecards.core.report.ReportType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Report files that carry what must not get through: an elfproef-valid BSN in every field of every report
 * type (plain, with dots, with spaces; in CSV and XLSX; in the header too), addresses in free text, cells
 * of tens of thousands of characters, workbooks with macros or external links, bytes of another kind than
 * the name says, and empty files of every format. Each is refused with a Dutch message, keeps no rows, and
 * no problem repeats the BSN.
 */
@Tag("hostile")
@Tag("slow")
class HostileReportCorpusTest {
    private static final ScorecardsConfig CONFIG = ConfigLoader.fromClasspath();
    private static final String BSN = TestBsns.one(3);
    private static final String XLSX_NAME = "rapport.xlsx";

    static Stream<Arguments> bsnInEveryField() {
        List<Arguments> cases = new ArrayList<>();
        for (ReportType type : tableTypes()) {
            for (int c = 0; c < type.columns().size(); c++) {
                ReportColumn column = type.columns().get(c);
                for (String typed : new String[] {BSN, TestBsns.dotted(BSN), TestBsns.spaced(BSN), "BSN " + BSN}) {
                    List<String> row = validRow(type);
                    row.set(c, typed);
                    cases.add(Arguments.of(type.id() + "." + column.key() + " = '" + typed + "' (csv)", type, column,
                            "rapport.csv", csv(type, row)));
                }
                List<Object> cells = new ArrayList<>(validRow(type));
                cells.set(c, new BigDecimal(BSN)); // typed into Excel as a number
                cases.add(Arguments.of(type.id() + "." + column.key() + " = " + BSN + " (xlsx number)", type, column,
                        XLSX_NAME, xlsx(type, cells)));
                cells.set(c, "BSN " + BSN);
                cases.add(Arguments.of(type.id() + "." + column.key() + " = 'BSN " + BSN + "' (xlsx text)", type, column,
                        XLSX_NAME, xlsx(type, cells)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bsnInEveryField")
    void aBsnInAnyFieldIsNeitherStoredNorEchoed(String name, ReportType type, ReportColumn column, String fileName,
                                               byte[] file) {
        ParsedReport parsed = read(type, fileName, file);

        assertNoBsnIn(parsed.problems());
        boolean amount = column.type() == ColumnType.DECIMAL;
        if (!amount) {
            assertThat(parsed.accepted()).as(name + ": " + parsed.problems()).isFalse();
            assertThat(parsed.rows()).isEmpty();
            assertThat(parsed.problems()).allSatisfy(p -> assertThat(p.messageNl()).isNotBlank());
        } else if (parsed.accepted()) {
            // An amount in euro cannot be told from a BSN (docs/reliability.md); it is stored as a number, never echoed.
            assertThat(parsed.rows()).singleElement().satisfies(r -> assertThat(r.values().get(column.key()))
                    .isInstanceOf(BigDecimal.class));
        }
    }

    @Test
    void freeTextWithABsnIsRefusedNamingRowAndColumnButNotTheValue() {
        ReportType calamities = type("calamiteiten");
        List<String> row = validRow(calamities);
        row.set(index(calamities, "summary"), "Client met BSN " + TestBsns.dotted(BSN) + " is gevallen");

        ParsedReport parsed = read(calamities, "calamiteiten.csv", csv(calamities, row));

        assertThat(parsed.accepted()).isFalse();
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("omschrijving");
            assertThat(p.value()).isNull();
            assertThat(p.messageNl()).startsWith("Rij 2, kolom 'omschrijving'").contains("BSN")
                    .doesNotContain("gevallen").doesNotContain(BSN.substring(0, 4));
        });
    }

    @Test
    void freeTextWithAPostcodeAndHouseNumberIsRefusedWithoutRepeatingTheAddress() {
        ReportType calamities = type("calamiteiten");
        for (String address : new String[] {"Valpartij bij 1234 AB 5", "Valpartij Dorpsstraat 1, 1234 AB Ons Dorp"}) {
            List<String> row = validRow(calamities);
            row.set(index(calamities, "summary"), address);

            ParsedReport parsed = read(calamities, "calamiteiten.csv", csv(calamities, row));

            assertThat(parsed.accepted()).as(address).isFalse();
            assertThat(parsed.problems()).singleElement().satisfies(p -> {
                assertThat(p.value()).isNull();
                assertThat(p.messageNl()).contains("postcode met huisnummer").doesNotContain("1234");
            });
        }
    }

    @Test
    void freeTextWithoutIdentifiersIsStillAccepted() {
        ReportType calamities = type("calamiteiten");
        List<String> row = validRow(calamities);
        row.set(index(calamities, "summary"), "In 2025 viel een cliënt in de badkamer, 2 medewerkers extra getraind.");

        assertThat(read(calamities, "calamiteiten.csv", csv(calamities, row)).accepted()).isTrue();
    }

    @Test
    void aBsnInAHeaderIsNotEchoed() {
        ParsedReport parsed = read(type("cto"), "cto.csv", ("gemeente;datum;cijfer;" + BSN + "\n0479;12-03-2025;8\n").getBytes(UTF_8));

        assertThat(parsed.accepted()).isFalse();
        assertNoBsnIn(parsed.problems());
    }

    @Test
    void tenRowsOfSixtyThousandCharactersGiveShortProblems() {
        ReportType calamities = type("calamiteiten");
        StringBuilder csv = new StringBuilder(header(calamities));
        for (int i = 0; i < 10; i++) {
            List<String> row = validRow(calamities);
            row.set(index(calamities, "summary"), "x".repeat(60_000));
            csv.append(String.join(";", row)).append('\n');
        }

        ParsedReport parsed = read(calamities, "calamiteiten.csv", csv.toString().getBytes(UTF_8));

        assertThat(parsed.accepted()).isFalse();
        assertThat(parsed.problems()).hasSize(10).allSatisfy(p -> {
            assertThat(p.value()).hasSizeLessThanOrEqualTo(80);
            assertThat(p.messageNl()).contains("tekens").hasSizeLessThan(300);
        });
    }

    @Test
    void oneHugeInlineCellInAnXlsxIsRefusedAndNotRepeated() {
        ReportType cto = type("cto");
        byte[] file = ReportFixtures.xlsx(sheet -> {
            ReportFixtures.row(sheet, 0, "gemeente", "datum", "cijfer");
            ReportFixtures.row(sheet, 1, "9".repeat(2_000_000), "12-03-2025", 8);
        });

        ParsedReport parsed = read(cto, XLSX_NAME, file);

        assertThat(parsed.accepted()).isFalse();
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageNl()).contains("meer dan 32767 tekens");
            assertThat(p.value()).hasSizeLessThanOrEqualTo(80);
        });
    }

    @Test
    void anXlsxWithMacrosIsRefused() {
        byte[] withMacros = withEntry(validXlsx(), "xl/vbaProject.bin", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        byte[] withMacroSheet = withEntry(validXlsx(), "xl/macrosheets/sheet1.xml", "<xm:macrosheet/>".getBytes(UTF_8));

        for (byte[] file : new byte[][] {withMacros, withMacroSheet}) {
            ParsedReport parsed = read(type("cto"), XLSX_NAME, file);
            assertThat(parsed.accepted()).isFalse();
            assertThat(parsed.rows()).isEmpty();
            assertThat(parsed.problems()).singleElement().satisfies(p -> assertThat(p.messageNl()).contains("macro's"));
        }
    }

    @Test
    void anXlsxWithAnExternalLinkIsRefused() {
        byte[] link = withEntry(validXlsx(), "xl/externalLinks/externalLink1.xml",
                "<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>".getBytes(UTF_8));
        byte[] rels = withEntry(link, "xl/externalLinks/_rels/externalLink1.xml.rels",
                ("<Relationships><Relationship Id=\"rId1\" Target=\"file:///\\\\evil\\share\\x.xlsx\""
                        + " TargetMode=\"External\"/></Relationships>").getBytes(UTF_8));

        ParsedReport parsed = read(type("cto"), XLSX_NAME, rels);

        assertThat(parsed.accepted()).isFalse();
        assertThat(parsed.problems()).singleElement().satisfies(p -> assertThat(p.messageNl()).contains("koppelingen"));
    }

    @Test
    void theValidXlsxTheseCasesStartFromIsAccepted() {
        assertThat(read(type("cto"), XLSX_NAME, validXlsx()).accepted()).isTrue();
    }

    @Test
    void bytesOfAnotherKindThanTheNameSaysAreRefused() {
        byte[] csv = "gemeente;datum;cijfer\n0479;12-03-2025;8\n".getBytes(UTF_8);

        ParsedReport csvAsXlsx = read(type("cto"), "cto.xlsx", csv);
        ParsedReport xlsxAsCsv = read(type("cto"), "cto.csv", validXlsx());

        assertThat(csvAsXlsx.accepted()).isFalse();
        assertThat(csvAsXlsx.problems().get(0).messageNl()).contains("extensie .xlsx").contains("tekst- of CSV-bestand");
        assertThat(xlsxAsCsv.accepted()).isFalse();
        assertThat(xlsxAsCsv.problems().get(0).messageNl()).contains("extensie .csv").contains("Excel-bestand");
        assertThat(read(type("cto"), "cto.csv", csv).accepted()).isTrue();
    }

    static Stream<Arguments> emptyFiles() {
        byte[] emptySheet = ReportFixtures.xlsx(sheet -> { });
        return Stream.of(
                Arguments.of("cto", "leeg.csv", new byte[0]),
                Arguments.of("cto", "leeg.xlsx", new byte[0]),
                Arguments.of("cto", "regels.csv", "\r\n \r\n".getBytes(UTF_8)),
                Arguments.of("cto", "bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'}),
                Arguments.of("cto", "leeg-werkblad.xlsx", emptySheet),
                Arguments.of("verbeterplan", "leeg.pdf", new byte[0]),
                Arguments.of("verbeterplan", "spaties.pdf", "  \n".getBytes(UTF_8)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("emptyFiles")
    void anEmptyFileIsRefusedAlikeInEveryFormat(String typeId, String fileName, byte[] file) {
        ParsedReport parsed = read(type(typeId), fileName, file);

        assertThat(parsed.accepted()).isFalse();
        assertThat(parsed.problems()).singleElement()
                .satisfies(p -> assertThat(p.messageNl()).startsWith("Het bestand is leeg."));
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private static void assertNoBsnIn(List<ReportProblem> problems) {
        for (ReportProblem p : problems) {
            String all = p.column() + "|" + p.value() + "|" + p.messageNl() + "|" + p.messageEn();
            assertThat(all.replaceAll("[ .\\u00A0-]", "")).as("problem %s", p).doesNotContain(BSN);
        }
    }

    private static ParsedReport read(ReportType type, String fileName, byte[] file) {
        try {
            return new ReportFileReader(CONFIG.regions()).read(type, fileName, new ByteArrayInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ReportType> tableTypes() {
        return CONFIG.reportTypes().types().stream().filter(t -> !t.document()).toList();
    }

    private static ReportType type(String id) {
        return CONFIG.reportTypes().type(id).orElseThrow();
    }

    private static int index(ReportType type, String key) {
        for (int i = 0; i < type.columns().size(); i++) {
            if (type.columns().get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException(key);
    }

    /** A row every column accepts. */
    private static List<String> validRow(ReportType type) {
        List<String> row = new ArrayList<>();
        for (ReportColumn column : type.columns()) {
            row.add(switch (column.type()) {
                case TEXT -> column.allowedValues().isEmpty() ? "tekst" : column.allowedValues().get(0);
                case INTEGER, DECIMAL -> column.min() != null ? column.min().max(BigDecimal.ONE).toPlainString() : "1";
                case DATE -> "12-03-2025";
                case GEMEENTECODE -> "0479";
                case CHOICE -> column.allowedValues().get(0);
            });
        }
        return row;
    }

    private static String header(ReportType type) {
        return String.join(";", type.columns().stream().map(ReportColumn::header).toList()) + "\n";
    }

    private static byte[] csv(ReportType type, List<String> row) {
        return (header(type) + String.join(";", row) + "\n").getBytes(UTF_8);
    }

    private static byte[] xlsx(ReportType type, List<?> row) {
        return ReportFixtures.xlsx(sheet -> {
            ReportFixtures.row(sheet, 0, type.columns().stream().map(ReportColumn::header).toArray());
            ReportFixtures.row(sheet, 1, row.toArray());
        });
    }

    private static byte[] validXlsx() {
        return xlsx(type("cto"), List.of("0479", "12-03-2025", "8"));
    }

    /** The archive with one more entry, as Excel would add a part. */
    private static byte[] withEntry(byte[] archive, String name, byte[] content) {
        try {
            java.nio.file.Path temp = java.nio.file.Files.createTempFile("xlsx", ".zip");
            java.nio.file.Files.write(temp, archive);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipFile zip = new ZipFile(temp.toFile()); ZipOutputStream copy = new ZipOutputStream(out)) {
                for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                    ZipEntry entry = all.nextElement();
                    copy.putNextEntry(new ZipEntry(entry.getName()));
                    zip.getInputStream(entry).transferTo(copy);
                    copy.closeEntry();
                }
                copy.putNextEntry(new ZipEntry(name));
                copy.write(content);
                copy.closeEntry();
            } finally {
                java.nio.file.Files.delete(temp);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
