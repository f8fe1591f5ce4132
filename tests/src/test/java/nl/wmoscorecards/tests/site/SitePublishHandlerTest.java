package nl.wmoscorecards.tests.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.functions.handler.SitePublishHandler;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.kpi.Band;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.site.Edition;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/** site-publish against the local S3-compatible server: renders from the stores and syncs the bucket. */
@Tag("integration")
class SitePublishHandlerTest {
    static final String BUCKET = "scorecards-site-public";
    @TempDir
    Path work;
    LocalRuntime runtime;
    S3Client s3;

    @BeforeEach
    void start() throws IOException {
        runtime = LocalRuntime.inMemory(work.resolve("data"), "k".repeat(32).getBytes());
        s3 = runtime.s3().client();
        s3.createBucket(b -> b.bucket(BUCKET));
        SiteFixtures.runs().forEach(run -> runtime.stores().kpiResults().save(run));
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    private SitePublishHandler handler(Edition edition, String prefix) {
        return new SitePublishHandler(runtime.config(), runtime.stores(), s3,
                new SitePublishHandler.Settings(BUCKET, prefix, edition), () -> SiteFixtures.NAMES,
                Clock.fixed(Instant.parse("2026-05-01T08:00:00Z"), ZoneOffset.UTC));
    }

    private List<String> keys() {
        return s3.listObjectsV2Paginator(b -> b.bucket(BUCKET)).contents().stream().map(S3Object::key).sorted().toList();
    }

    @Test
    void publishesEveryFileWithContentTypeAndCacheHeaderAndRemovesStaleObjects() {
        s3.putObject(b -> b.bucket(BUCKET).key("site/regio/oud/2019.html"), RequestBody.fromString("stale"));
        s3.putObject(b -> b.bucket(BUCKET).key("elders/blijft.txt"), RequestBody.fromString("outside the prefix"));

        Map<String, Object> first = handler(Edition.PUBLIC, "site").handleRequest(new ScheduledEvent(), null);

        assertThat(keys()).contains("site/index.html", "site/assets/site.css", "site/sitemap.html",
                "site/regio/purmerend-edam-volendam/2025.html", "site/aanbieders/11111111.html",
                "site/data/purmerend-edam-volendam-2025.csv", "site/rapportages/sjabloon-klachten.xlsx",
                "elders/blijft.txt").doesNotContain("site/regio/oud/2019.html", "site/.wmo-scorecards-site");
        assertThat(first).containsEntry("deleted", 1).containsEntry("edition", "public");
        HeadObjectResponse page = s3.headObject(b -> b.bucket(BUCKET).key("site/index.html"));
        // S3Proxy drops the space after ";"; S3 keeps it as sent.
        assertThat(page.contentType().replace(" ", "")).isEqualTo("text/html;charset=utf-8");
        assertThat(page.cacheControl()).isEqualTo("public, max-age=300");
        assertThat(s3.headObject(b -> b.bucket(BUCKET).key("site/data/purmerend-edam-volendam-2025.csv")).contentType()
                .replace(" ", "")).isEqualTo("text/csv;charset=utf-8");
        assertThat(s3.headObject(b -> b.bucket(BUCKET).key("site/assets/site.css")).cacheControl())
                .isEqualTo("public, max-age=86400");

        Map<String, Object> second = handler(Edition.PUBLIC, "site").handleRequest(new ScheduledEvent(), null);
        // The same data gives the same bytes in every file (XLSX included), so nothing is uploaded again.
        assertThat(second).containsEntry("uploaded", 0).containsEntry("deleted", 0)
                .containsEntry("unchanged", first.get("files"));
    }

    @Test
    void aRerunThatChangesAPublishedFigureIsShownAsARevisionAgainstWhatTheBucketHeld() {
        handler(Edition.PUBLIC, "site").handleRequest(new ScheduledEvent(), null);
        KpiRun fixture = SiteFixtures.runs().get(1);
        List<KpiResult> rerun = fixture.results().stream().map(r -> r.provider().equals(SiteFixtures.GOOD)
                && r.kpi().equals("result-achieved") && r.region().equals("purmerend-edam-volendam")
                ? new KpiResult(r.year(), r.region(), r.provider(), r.kpi(), null, 55.0, r.numerator(), r.denominator(),
                        r.clients(), r.respondents(), Band.INSUFFICIENT, Map.of(), r.surveyYear()) : r).toList();
        runtime.stores().kpiResults().save(new KpiRun(fixture.year(), fixture.asOf(),
                Instant.parse("2026-04-20T06:00:00Z"), rerun));

        handler(Edition.PUBLIC, "site").handleRequest(new ScheduledEvent(), null);

        String page = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("site/regio/purmerend-edam-volendam/2025.html"))
                .asUtf8String();
        assertThat(page).contains("Herzieningen", "20 april 2026", "73,0% (voldoende)", "55,0% (onvoldoende)");
        String feed = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("site/data/revisies.xml")).asUtf8String();
        assertThat(feed).contains("<entry>", "Eerder gepubliceerd: 73,0% (voldoende). Nu: 55,0% (onvoldoende).");
    }

    @Test
    void internalEditionShowsReportDeliveryFromTheUploadStoreOnlyThere() {
        // Report duties are per contracting region: Zaanstreek-Waterland's contract starts in July 2026, so for
        // 2025 the provider owes reports only where it also had clients in care, here Midden-Limburg.
        KpiRun fixture = SiteFixtures.runs().get(1);
        List<KpiResult> results = new java.util.ArrayList<>(fixture.results());
        fixture.results().stream().filter(r -> r.provider().equals(SiteFixtures.GOOD) && r.region().equals("dwo"))
                .map(r -> new KpiResult(r.year(), "midden-limburg", r.provider(), r.kpi(), r.notMeasured(),
                        r.value(), r.numerator(), r.denominator(), r.clients(), r.respondents(), r.band(), r.causes(),
                        r.surveyYear()))
                .forEach(results::add);
        runtime.stores().kpiResults().save(new KpiRun(fixture.year(), fixture.asOf(), fixture.computedAt(), results));
        handler(Edition.INTERNAL, "intern").handleRequest(new ScheduledEvent(), null);
        handler(Edition.PUBLIC, "openbaar").handleRequest(new ScheduledEvent(), null);
        String internal = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("intern/aanbieders/11111111.html")).asUtf8String();
        String published = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("openbaar/aanbieders/11111111.html")).asUtf8String();
        // No uploads at all, and 1 May is past the production report's due date (2 March): it is missing.
        assertThat(internal).contains("Verplichte rapportages per inkoopregio", "Midden-Limburg", "Productieverantwoording",
                "niet geleverd").doesNotContain("Klachtenrapportage");
        assertThat(published).doesNotContain("Verplichte rapportages", "niet geleverd", "Interne editie");
    }

    @Test
    void internalEditionShowsEscalationsRoundTablesAndDossiersFromTheStoresOnlyThere() {
        Escalation e = SiteFixtures.internal().escalations().get(0);
        Escalation stored = runtime.stores().escalations().save(new Escalation(e.id(), e.contractingRegion(), e.provider(),
                e.year(), e.state(), e.shortfalls(), e.planDue(), e.realisationDeadline(), e.clientStop(), e.history(), 0));
        handler(Edition.INTERNAL, "intern").handleRequest(new ScheduledEvent(), null);
        handler(Edition.PUBLIC, "openbaar").handleRequest(new ScheduledEvent(), null);

        String overview = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("intern/intern/escalaties.html")).asUtf8String();
        assertThat(overview).contains(stored.id(), "stap 2: verbeteringen in uitvoering");
        assertThat(keys()).contains("intern/intern/index.html", "intern/intern/overlegtafels/zaanstreek-waterland/2025.html",
                "intern/intern/dossiers/11111111-2025.md");
        String dossier = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("intern/intern/dossiers/11111111-2025.md")).asUtf8String();
        assertThat(dossier).startsWith("# Contractmanagementgesprek").contains("Niet openbaar.");
        assertThat(s3.headObject(b -> b.bucket(BUCKET).key("intern/intern/dossiers/11111111-2025.md")).contentType()
                .replace(" ", "")).isEqualTo("text/markdown;charset=utf-8");
        String hostile = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("intern/intern/dossiers/22222222-2025.md")).asUtf8String();
        assertThat(hostile).doesNotContain("<img").contains("&lt;img");

        assertThat(keys()).noneMatch(k -> k.startsWith("openbaar/intern/") || k.endsWith(".md") && k.startsWith("openbaar/"));
        for (String key : keys().stream().filter(k -> k.startsWith("openbaar/") && !k.endsWith(".xlsx")).toList()) {
            assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asUtf8String()).as(key)
                    .doesNotContain(stored.id(), "Escalaties", "Overlegtafel", "Contractmanagementgesprek");
        }
    }

    @Test
    void internalEditionReadsConversationsAndRoundTableAttendanceFromTheStore() {
        // Zaanstreek-Waterland 2025: GOOD had its one conversation, HOSTILE and SMALL none; DWO needs two, GOOD had one.
        var log = new nl.wmoscorecards.core.contract.ConversationLog(runtime.stores().conversations(), runtime.config().regions());
        log.record(java.time.LocalDate.of(2025, 5, 13), "zaanstreek-waterland", SiteFixtures.GOOD, "j.jansen", "wachtlijst", List.of());
        log.record(java.time.LocalDate.of(2025, 6, 3), "dwo", SiteFixtures.GOOD, "m.bakker", null, List.of());
        for (int month : new int[] {3, 6, 10}) {
            java.time.LocalDate date = java.time.LocalDate.of(2025, month, 4);
            runtime.stores().roundTables().save(new nl.wmoscorecards.core.contract.RoundTableMeeting(
                    nl.wmoscorecards.core.contract.RoundTableMeeting.idOf("zaanstreek-waterland", date, "Begeleiding"),
                    "zaanstreek-waterland", date, "Begeleiding", java.util.Set.of(SiteFixtures.GOOD, SiteFixtures.SMALL),
                    java.util.Set.of(SiteFixtures.GOOD), java.util.Set.of(), "j.jansen"));
        }

        handler(Edition.INTERNAL, "intern").handleRequest(new ScheduledEvent(), null);

        String zw = s3.getObjectAsBytes(b -> b.bucket(BUCKET)
                .key("intern/intern/contractmanagementgesprekken/zaanstreek-waterland/2025.html")).asUtf8String();
        assertThat(zw).contains("2 zorgaanbieders hebben minder gesprekken gehad dan het minimum van 1.",
                "te weinig gesprekken: 0 van minimaal 1", "wachtlijst");
        String dwo = s3.getObjectAsBytes(b -> b.bucket(BUCKET)
                .key("intern/intern/contractmanagementgesprekken/dwo/2025.html")).asUtf8String();
        assertThat(dwo).contains("te weinig gesprekken: 1 van minimaal 2");
        String table = s3.getObjectAsBytes(b -> b.bucket(BUCKET)
                .key("intern/intern/overlegtafels/zaanstreek-waterland/2025.html")).asUtf8String();
        assertThat(table).contains("niet uitgenodigd omdat ze de overlegtafel meer dan 2 keer misten",
                "3, waarvan 3 zonder opgaaf van redenen");
        assertThat(keys()).noneMatch(k -> k.startsWith("intern/intern/contractmanagementgesprekken/bno-oost/"));
    }
}
