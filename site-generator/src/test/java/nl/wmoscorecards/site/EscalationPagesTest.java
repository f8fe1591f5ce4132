package nl.wmoscorecards.site;

import static nl.wmoscorecards.site.SiteFixture.JUST_BELOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.escalation.EscalationLadder;
import nl.wmoscorecards.core.kpi.KpiResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a contract manager moves an escalation, the pages rendered alone over the published edition leave it
 * byte for byte as a whole render of the new state would: every page that shows the step is among them, and each
 * is the whole render's page.
 */
@WholeSiteSuite
class EscalationPagesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 5, 1);
    private static final LocalDate ACTED = LocalDate.of(2026, 4, 30);
    @TempDir
    Path work;

    @Test
    void thePagesRenderedAfterAStepMakeThePublishedEditionEqualToAWholeRender() throws IOException {
        Escalation before = InternalFixture.open();
        Escalation after = new EscalationLadder(date -> date, Clock.fixed(PUBLISHED.atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC)).recordPlan(before, ACTED, "Plan per e-mail ontvangen", "Anna de Vries");
        Path published = work.resolve("published");
        Path whole = work.resolve("whole");
        new SiteGenerator().generate(model(before), Publication.firstOn(PUBLISHED), published);
        Map<String, byte[]> wasPublished = files(published);
        new SiteGenerator().generate(model(after), Publication.firstOn(PUBLISHED), whole);

        List<Path> written = new EscalationPages().generate(model(after), JUST_BELOW, published);

        // Besides the provider's pages, the page of the provider on no scorecard, which exists for its escalation.
        assertThat(written.stream().map(f -> relative(published, f)).toList()).containsExactly(
                "aanbieders/" + JUST_BELOW + ".html", "aanbieders/" + InternalFixture.NO_SCORECARD + ".html",
                "intern/dossiers/" + JUST_BELOW + "-2025.md", "intern/escalaties.html", "intern/index.html");
        Map<String, byte[]> republished = files(published);
        Map<String, byte[]> wholeRender = files(whole);
        assertThat(republished.keySet()).containsExactlyElementsOf(wholeRender.keySet());
        assertThat(republished).allSatisfy((path, bytes) -> assertThat(bytes).as(path).isEqualTo(wholeRender.get(path)));
        // The step shows where a manager looks, and those pages did change.
        assertThat(text(republished, "intern/escalaties.html")).contains("stap 2: verbeterplan ontvangen");
        assertThat(text(republished, "aanbieders/" + JUST_BELOW + ".html")).contains("Plan per e-mail ontvangen")
                .contains("Anna de Vries");
        assertThat(text(republished, "intern/dossiers/" + JUST_BELOW + "-2025.md")).contains("Verbeterplan beoordelen");
        assertThat(List.of("intern/escalaties.html", "aanbieders/" + JUST_BELOW + ".html",
                "intern/dossiers/" + JUST_BELOW + "-2025.md"))
                .allSatisfy(path -> assertThat(republished.get(path)).as(path).isNotEqualTo(wasPublished.get(path)));
    }

    @Test
    void thePublicEditionHasNoEscalationPages() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EscalationPages()
                        .generate(SiteFixture.model(Edition.PUBLIC), JUST_BELOW, work))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The fixture's internal edition with the escalation as given, and the provider's dossier drawn up from it. */
    private static SiteModel model(Escalation open) {
        InternalData fixture = InternalFixture.data();
        List<Escalation> escalations = new ArrayList<>(fixture.escalations());
        escalations.replaceAll(e -> e.id().equals(open.id()) ? open : e);
        List<KpiResult> results = SiteFixture.run2025().results().stream().filter(r -> r.provider().equals(JUST_BELOW))
                .toList();
        String dossier = new ContractDossier(SiteFixture.CONFIG).render(JUST_BELOW, "Thuiszorg", 2025, PUBLISHED,
                results, List.of(), escalations.stream().filter(e -> e.provider().equals(JUST_BELOW)).toList());
        List<InternalData.Dossier> dossiers = new ArrayList<>(fixture.dossiers());
        dossiers.add(new InternalData.Dossier(JUST_BELOW, 2025, dossier));
        InternalData internal = new InternalData(fixture.reportDeliveries(), escalations, fixture.roundTables(), dossiers,
                fixture.conversations());
        return new SiteModel(SiteFixture.CONFIG, List.of(SiteFixture.run2025(), SiteFixture.run2026()), Edition.INTERNAL,
                SiteFixture.PROVIDER_NAMES, internal);
    }

    private static Map<String, byte[]> files(Path site) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(site)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(relative(site, file), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static String relative(Path site, Path file) {
        return site.relativize(file).toString().replace('\\', '/');
    }

    private static String text(Map<String, byte[]> files, String path) {
        return new String(files.get(path), java.nio.charset.StandardCharsets.UTF_8);
    }
}
