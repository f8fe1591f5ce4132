package nl.wmoscorecards.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Templates read back as a valid, empty report, for every table type. */
class ReportTemplatesTest {
    static Stream<String> tableTypes() {
        return ReportFixtures.CONFIG.reportTypes().types().stream().filter(t -> !t.document()).map(ReportType::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tableTypes")
    void csvTemplateReadsBackEmptyAndValid(String typeId) {
        assertReadsBackEmptyAndValid(typeId, ReportTemplates.csv(ReportFixtures.type(typeId)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tableTypes")
    void xlsxTemplateReadsBackEmptyAndValid(String typeId) {
        assertReadsBackEmptyAndValid(typeId, ReportTemplates.xlsx(ReportFixtures.type(typeId)));
    }

    @Test
    void anXlsxTemplateIsTheSameBytesEveryTimeItIsWritten() throws InterruptedException {
        ReportType type = ReportFixtures.type("clientaantallen");
        byte[] first = ReportTemplates.xlsx(type);
        Thread.sleep(2100); // past the ZIP format's two-second clock and fastexcel's millisecond creation time
        assertThat(ReportTemplates.xlsx(type)).isEqualTo(first);
    }

    @Test
    void csvTemplateIsWhatDutchExcelOpensCleanly() {
        byte[] csv = ReportTemplates.csv(ReportFixtures.type("clientaantallen"));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("gemeente;productcategorie;productcode;peildatum;aantal cliënten\r\n");
    }

    @Test
    void aFilledInXlsxTemplateIsAccepted() {
        ReportType type = ReportFixtures.type("cto");
        byte[] filled = ReportFixtures.xlsx(type, ReportFormatsTest.cto());

        assertThat(ReportFixtures.read("cto", filled).rows()).hasSize(12);
        assertThat(List.of(ReportTemplates.xlsx(type))).allSatisfy(bytes -> assertThat(bytes).startsWith(0x50, 0x4B));
    }

    @Test
    void documentTypesHaveNoTemplate() {
        assertThatThrownBy(() -> ReportTemplates.csv(ReportFixtures.type("verbeterplan")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertReadsBackEmptyAndValid(String typeId, byte[] template) {
        ParsedReport report = ReportFixtures.read(typeId, template);

        assertThat(report.problems()).isEmpty();
        assertThat(report.rows()).isEmpty();
    }
}
