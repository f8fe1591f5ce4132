package nl.wmoscorecards.core.report;

import static nl.wmoscorecards.core.report.ReportFixtures.DUTCH_EXCEL;
import static nl.wmoscorecards.core.report.ReportFixtures.INTERNATIONAL;
import static nl.wmoscorecards.core.report.ReportFixtures.OLD_WINDOWS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The same logical report, written the ways providers write it, reads to the same rows. */
class ReportFormatsTest {
    private static final String[] MUNICIPALITIES = {"0479", "0439", "0385", "0431", "0852", "0415"};

    static List<List<Object>> cto() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(List.of(MUNICIPALITIES[i % MUNICIPALITIES.length], LocalDate.of(2025, 1 + i, 1 + 2 * i),
                    new BigDecimal((i * 7) % 10 + (i % 2 == 1 ? ".5" : ""))));
        }
        return rows;
    }

    static List<List<Object>> financial() {
        return List.of(List.of(2025L, new BigDecimal("1234567.89"), new BigDecimal("45000.00"),
                new BigDecimal("98765.40"), new BigDecimal("2500000.00"), new BigDecimal("50000.00")));
    }

    /** Accents in the header (aantal cliënten) and in a text cell test the encodings. */
    static List<List<Object>> calamities() {
        return List.of(
                Arrays.row(LocalDate.of(2025, 3, 4), "0479", "incident", "nee", "Cliënt gevallen in de gang, geen letsel"),
                Arrays.row(LocalDate.of(2025, 6, 30), null, "calamiteit", "ja", "Medicatiefout; arts ingeschakeld, \"herhaald\""));
    }

    static List<List<Object>> clientCounts() {
        return List.of(
                Arrays.row("0479", "02", "02A01", LocalDate.of(2025, 12, 31), 140L),
                Arrays.row("0880", "07", null, null, 12L));
    }

    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("cto", cto()),
                Arguments.of("financieel-jaaroverzicht", financial()),
                Arguments.of("calamiteiten", calamities()),
                Arguments.of("clientaantallen", clientCounts()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void everyFormatReadsToTheSameRows(String typeId, List<List<Object>> logical) {
        ReportType type = ReportFixtures.type(typeId);
        List<ReportRow> expected = expectedRows(type, logical);

        ParsedReport dutchExcel = ReportFixtures.read(typeId, ReportFixtures.csv(type, logical, DUTCH_EXCEL));
        ParsedReport international = ReportFixtures.read(typeId, ReportFixtures.csv(type, logical, INTERNATIONAL));
        ParsedReport oldWindows = ReportFixtures.read(typeId, ReportFixtures.csv(type, logical, OLD_WINDOWS));
        ParsedReport xlsx = ReportFixtures.read(typeId, ReportFixtures.xlsx(type, logical));

        assertThat(dutchExcel.problems()).isEmpty();
        assertThat(dutchExcel.rows()).isEqualTo(expected);
        assertThat(international.problems()).isEmpty();
        assertThat(international.rows()).isEqualTo(expected);
        assertThat(oldWindows.problems()).isEmpty();
        assertThat(oldWindows.rows()).isEqualTo(expected);
        assertThat(xlsx.problems()).isEmpty();
        assertThat(xlsx.rows()).isEqualTo(expected);
    }

    @Test
    void aCommittedWindows1252FileFromDutchExcelKeepsItsAccents() throws IOException {
        byte[] file;
        try (InputStream in = getClass().getResourceAsStream("/reports/calamiteiten-windows-1252.csv")) {
            file = in.readAllBytes();
        }

        ParsedReport report = ReportFixtures.read("calamiteiten", file);

        assertThat(report.problems()).isEmpty();
        assertThat(report.rows()).extracting(row -> row.values().get("summary"))
                .containsExactly("Cliënt en begeleider oneens over vervoer; gesprek gepland", "Tweede één-op-één gesprek");
    }

    /** Typed values by column key, decimals in the reader's canonical scale. */
    private static List<ReportRow> expectedRows(ReportType type, List<List<Object>> logical) {
        List<ReportRow> rows = new ArrayList<>();
        for (int r = 0; r < logical.size(); r++) {
            Map<String, Object> values = new java.util.HashMap<>();
            for (int c = 0; c < type.columns().size(); c++) {
                Object value = logical.get(r).get(c);
                if (value != null) {
                    values.put(type.columns().get(c).key(), value);
                }
            }
            rows.add(new ReportRow(r + 2, values));
        }
        return normalised(rows);
    }

    static List<ReportRow> normalised(List<ReportRow> rows) {
        return rows.stream().map(row -> {
            Map<String, Object> values = new java.util.HashMap<>();
            row.values().forEach((k, v) -> values.put(k, v instanceof BigDecimal d ? canonical(d) : v));
            return new ReportRow(row.rowNumber(), values);
        }).toList();
    }

    private static BigDecimal canonical(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** List.of refuses nulls; an empty optional cell is a null here. */
    private static final class Arrays {
        static List<Object> row(Object... values) {
            return java.util.Arrays.asList(values);
        }
    }
}
