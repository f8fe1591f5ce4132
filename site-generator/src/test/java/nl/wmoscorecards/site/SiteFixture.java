package nl.wmoscorecards.site;

import static nl.wmoscorecards.site.KpiResults.measured;
import static nl.wmoscorecards.site.KpiResults.resultAchieved;
import static nl.wmoscorecards.site.KpiResults.satisfaction;
import static nl.wmoscorecards.site.KpiResults.tooFewClients;
import static nl.wmoscorecards.site.KpiResults.tooFewRespondents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.kpi.Band;
import nl.wmoscorecards.core.kpi.KpiRun;

/**
 * A small site: Zaanstreek-Waterland's Purmerend/Edam-Volendam in 2025 and 2026, Zaanstad/Wormerland in
 * 2025, and DWO (monitored only, no norms) in 2025, on the real config.
 */
final class SiteFixture {
    static final ScorecardsConfig CONFIG = ConfigLoader.fromClasspath();
    static final String PURMEREND = "purmerend-edam-volendam";
    static final String ZAANSTAD = "zaanstad-wormerland";
    static final String DWO = "dwo";

    static final String ON_THE_NORM = "11111111";
    static final String JUST_BELOW = "22222222";
    static final String SMALL = "33333333";
    static final String FEW_RESPONDENTS = "44444444";
    static final String HOSTILE_NAME = "<script>alert('x')</script> Thuiszorg";

    static final Map<String, String> PROVIDER_NAMES = Map.of(
            ON_THE_NORM, "Zorg & Welzijn Waterland",
            JUST_BELOW, HOSTILE_NAME,
            FEW_RESPONDENTS, "Buurtteam Oost");

    private SiteFixture() {
    }

    static KpiRun run2025() {
        int y = 2025;
        return new KpiRun(y, LocalDate.of(2026, 4, 1), Instant.parse("2026-04-01T06:00:00Z"), List.of(
                resultAchieved(y, PURMEREND, ON_THE_NORM, 65.0, 26, 40, 30, Band.SUFFICIENT,
                        Map.of("client", 5, "provider", 7, "local_team", 2)),
                measured(y, PURMEREND, ON_THE_NORM, "start-within-6-weeks", 91.25, 73, 80, 30, Band.GOOD),
                satisfaction(y, PURMEREND, ON_THE_NORM, 8.55, 20, 30, Band.ACHIEVED),
                // 64.95 is below 65 exactly, so the engine banded it insufficient; it displays as 65,0%.
                resultAchieved(y, PURMEREND, JUST_BELOW, 64.95, 1299, 2000, 120, Band.INSUFFICIENT, Map.of("provider", 701)),
                measured(y, PURMEREND, JUST_BELOW, "start-within-6-weeks", 79.99, 7999, 10000, 120, Band.INSUFFICIENT),
                tooFewClients(y, PURMEREND, SMALL, "result-achieved", 4, 6),
                tooFewClients(y, PURMEREND, SMALL, "start-within-6-weeks", 5, 6),
                tooFewRespondents(y, PURMEREND, FEW_RESPONDENTS, 7, 25),
                measured(y, PURMEREND, FEW_RESPONDENTS, "start-within-6-weeks", 100.0, 12, 12, 25, Band.GOOD),
                measured(y, ZAANSTAD, ON_THE_NORM, "start-within-6-weeks", 85.0, 17, 20, 15, Band.SUFFICIENT),
                measured(y, DWO, SMALL, "start-within-6-weeks", 87.46, 8746, 10000, 300, null)));
    }

    static KpiRun run2026() {
        int y = 2026;
        return new KpiRun(y, LocalDate.of(2027, 3, 15), Instant.parse("2027-03-15T06:00:00Z"), List.of(
                measured(y, PURMEREND, ON_THE_NORM, "start-within-6-weeks", 92.0, 92, 100, 31, Band.GOOD)));
    }

    static SiteModel model(Edition edition) {
        return new SiteModel(CONFIG, List.of(run2025(), run2026()), edition, PROVIDER_NAMES);
    }

    /** The same runs with the fixture's report deliveries, escalations, conversations and round tables. */
    static SiteModel modelWithInternalData(Edition edition) {
        return new SiteModel(CONFIG, List.of(run2025(), run2026()), edition, PROVIDER_NAMES, InternalFixture.data());
    }
}
