package nl.wmoscorecards.tests.site;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.contract.ContractConversation;
import nl.wmoscorecards.site.ContractDossier;
import nl.wmoscorecards.core.contract.ConversationFrequency;
import nl.wmoscorecards.core.contract.RoundTableAttendance;
import nl.wmoscorecards.core.contract.RoundTableMeeting;
import nl.wmoscorecards.core.contract.RoundTablePlanner;
import nl.wmoscorecards.core.contract.SizeClass;
import nl.wmoscorecards.core.delivery.DeliveryState;
import nl.wmoscorecards.core.delivery.ReportDelivery;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.escalation.EscalationState;
import nl.wmoscorecards.core.escalation.Shortfall;
import nl.wmoscorecards.core.escalation.Transition;
import nl.wmoscorecards.core.kpi.Band;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.kpi.NotMeasured;
import nl.wmoscorecards.core.region.ConversationsPerYear;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import nl.wmoscorecards.site.Edition;
import nl.wmoscorecards.site.InternalData;
import nl.wmoscorecards.site.SiteGenerator;
import nl.wmoscorecards.site.SiteModel;

/**
 * A small site with every page type in both editions: two years in a normed region (Zaanstreek-Waterland)
 * and one in a monitored region (DWO), measured and unmeasured groups, a provider name with markup, and
 * for the internal edition report delivery, an open and a closed escalation, a round table with attendance and
 * a provider left out, the contract-management conversations of a year, and a dossier.
 */
final class SiteFixtures {
    static final ScorecardsConfig CONFIG = ConfigLoader.fromClasspath();
    static final String GOOD = "11111111";
    static final String HOSTILE = "22222222";
    static final String SMALL = "33333333";
    static final Map<String, String> NAMES = Map.of(GOOD, "Zorg & Welzijn Waterland",
            HOSTILE, "<img src=x onerror=alert(1)> Thuiszorg", SMALL, "=cmd|' /C calc'!A0");

    /** One page of every type of the public edition, the widest tables and longest headings among them. */
    static final List<String> PUBLIC_PAGES = List.of("index.html", "regio/purmerend-edam-volendam/2025.html",
            "regio/dwo/2025.html", "regio/oostzaan-waterland-landsmeer/2025.html", "aanbieders/index.html",
            "aanbieders/11111111.html", "aanbieders/22222222.html", "kpi/index.html",
            "kpi/zaanstreek-waterland/result-achieved.html", "kpi/dwo/start-within-6-weeks.html",
            "aanbieders/regio/purmerend-edam-volendam.html", "aanbieders/regio/dwo.html", "regio/dwo/2024.html",
            "rapportages/index.html",
            "rapportages/klachten.html", "open-data.html", "toegankelijkheid.html", "sitemap.html");
    /** Every page type of the internal edition that the public one does not have, and the pages it adds to. */
    static final List<String> INTERNAL_PAGES = List.of("index.html", "aanbieders/11111111.html",
            "aanbieders/22222222.html", "regio/purmerend-edam-volendam/2025.html", "regio/dwo/2025.html",
            "intern/index.html", "intern/escalaties.html", "intern/overlegtafels/zaanstreek-waterland/2025.html",
            "intern/contractmanagementgesprekken/zaanstreek-waterland/2025.html", "sitemap.html");

    private SiteFixtures() {
    }

    /** A local runtime in memory (a random pseudonym key) holding the fixtures' KPI runs. */
    static LocalRuntime runtimeWithRuns(Path data) throws IOException {
        byte[] pseudonymKey = new byte[32];
        new SecureRandom().nextBytes(pseudonymKey);
        LocalRuntime runtime = LocalRuntime.inMemory(data, pseudonymKey);
        runs().forEach(run -> runtime.stores().kpiResults().save(run));
        return runtime;
    }

    static List<KpiRun> runs() {
        return List.of(run(2024, 0), run(2025, 3));
    }

    private static KpiRun run(int year, double shift) {
        List<KpiResult> results = new ArrayList<>();
        for (String region : List.of("purmerend-edam-volendam", "zaanstad-wormerland")) {
            results.add(measured(year, region, GOOD, "result-achieved", 70 + shift, 40, Band.SUFFICIENT));
            results.add(measured(year, region, GOOD, "start-within-6-weeks", 91 + shift, 80, Band.GOOD));
            results.add(measured(year, region, GOOD, "client-satisfaction", 8.6, 20, Band.ACHIEVED));
            results.add(measured(year, region, HOSTILE, "result-achieved", 60 + shift, 30, Band.INSUFFICIENT));
            results.add(new KpiResult(year, region, SMALL, "start-within-6-weeks", NotMeasured.below(NotMeasured.Reason.TOO_FEW_CLIENTS_IN_CARE, 10),
                    null, BigDecimal.ZERO, 4, 6, null, null, Map.of(), null));
        }
        results.add(measured(year, "dwo", GOOD, "start-within-6-weeks", 88, 100, null));
        // The longest region name, "Oostzaan/Waterland/Landsmeer": its heading must wrap on a 320 px screen.
        results.add(measured(year, "oostzaan-waterland-landsmeer", GOOD, "result-achieved", 72 + shift, 25, Band.SUFFICIENT));
        // A chart in days up to 20 ("20 dagen" must fit beside the axis) and a staff count of 1 (whole ticks only).
        results.add(new KpiResult(year, "dwo", HOSTILE, "waiting-time", null, 14 + 2 * shift,
                BigDecimal.valueOf(14 + 2 * shift), 40, 30, null, null,
                Map.of(), null));
        results.add(new KpiResult(year, "dwo", HOSTILE, "experience-experts", null, 1.0, BigDecimal.ONE, 1, 30, null, null,
                Map.of(), null));
        return new KpiRun(year, LocalDate.of(year + 1, 4, 1), Instant.parse(year + 1 + "-04-01T06:00:00Z"), results);
    }

    private static KpiResult measured(int year, String region, String provider, String kpi, double value, long n,
                                      Band band) {
        return new KpiResult(year, region, provider, kpi, null, value,
                BigDecimal.valueOf(value * n / 100), n, 30, kpi.equals("client-satisfaction") ? (int) n : null, band,
                Map.of(), null);
    }

    static final String ESCALATION = Escalation.idOf("zaanstreek-waterland", 2025, HOSTILE);

    static InternalData internal() {
        List<ReportDelivery> deliveries = List.of(
                new ReportDelivery(GOOD, "klachten", 2025, LocalDate.of(2026, 4, 1), DeliveryState.MISSING, null, null),
                new ReportDelivery(GOOD, "cto", 2025, LocalDate.of(2026, 4, 1), DeliveryState.DELIVERED, "u1",
                        LocalDate.of(2026, 3, 2)));
        Instant recorded = Instant.parse("2026-04-02T08:00:00Z");
        Escalation open = new Escalation(ESCALATION, "zaanstreek-waterland", HOSTILE, 2025, EscalationState.IMPROVING,
                List.of(new Shortfall(Shortfall.KPI, "result-achieved", "zaanstad-wormerland", "63.0% (insufficient)")),
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 1), true, List.of(
                new Transition(LocalDate.of(2026, 4, 1), null, EscalationState.SIGNALLED, "signal", "kpi", "kpi-run", recorded),
                new Transition(LocalDate.of(2026, 7, 1), EscalationState.PLAN_DELIVERED, EscalationState.IMPROVING,
                        "assess-plan", "plan sufficient", "<b>contractmanager</b>", recorded)), 4);
        Escalation closed = new Escalation(Escalation.idOf("zaanstreek-waterland", 2024, GOOD), "zaanstreek-waterland",
                GOOD, 2024, EscalationState.RESOLVED, List.of(new Shortfall(Shortfall.REPORT, "klachten", null, "missing")),
                null, null, false, List.of(new Transition(LocalDate.of(2025, 4, 1), null, EscalationState.SIGNALLED,
                "signal", "report", "kpi-run", recorded)), 1);
        String dossier = new ContractDossier(CONFIG).render(GOOD, NAMES.get(GOOD), 2025, LocalDate.of(2026, 4, 2),
                runs().get(1).results().stream().filter(r -> r.provider().equals(GOOD)).toList(), deliveries, List.of(open));
        return new InternalData(Map.of(GOOD, deliveries), List.of(open, closed),
                List.of(new InternalData.RoundTable("zaanstreek-waterland", 2025, 2, List.of(
                        new RoundTablePlanner.Invitation(HOSTILE, SizeClass.MEDIUM, "zaanstad-wormerland", 30),
                        new RoundTablePlanner.Invitation(GOOD, SizeClass.MEDIUM, "purmerend-edam-volendam", 30)),
                        List.of(new RoundTablePlanner.Exclusion(SMALL, SizeClass.SMALL, "zaanstad-wormerland", 6,
                                new RoundTableAttendance.Absences(3, 2))),
                        Map.of(SMALL, new RoundTableAttendance.Absences(3, 2)), List.of(new RoundTableMeeting(
                                "zaanstreek-waterland-2025-10-07-begeleiding", "zaanstreek-waterland", LocalDate.of(2025, 10, 7),
                                "Begeleiding", Set.of(GOOD, HOSTILE, SMALL), Set.of(GOOD, HOSTILE), Set.of(), "j.jansen")))),
                List.of(new InternalData.Dossier(GOOD, 2025, dossier)), List.of(conversations()));
    }

    /** Zaanstreek-Waterland 2025: GOOD had its conversation (with an action), HOSTILE none. */
    private static InternalData.Conversations conversations() {
        ConversationsPerYear one = new ConversationsPerYear(1, null);
        List<ContractConversation> held = List.of(new ContractConversation("zaanstreek-waterland-11111111-2025-05-13",
                LocalDate.of(2025, 5, 13), "zaanstreek-waterland", GOOD, "j.jansen", "<b>wachtlijst</b>",
                List.of(new ContractConversation.Action("Cijfers aanleveren", "zorgaanbieder", LocalDate.of(2025, 6, 1)))));
        return new InternalData.Conversations("zaanstreek-waterland", 2025, one,
                ConversationFrequency.counts(one, 2025, List.of(GOOD, HOSTILE), held), held, true);
    }

    static Path generate(Path folder, Edition edition) throws IOException {
        new SiteGenerator().generate(new SiteModel(CONFIG, runs(), edition, NAMES, internal()), folder);
        return folder;
    }
}
