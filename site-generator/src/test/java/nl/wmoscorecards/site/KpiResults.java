package nl.wmoscorecards.site;

import java.math.BigDecimal;
import java.util.Map;
import nl.wmoscorecards.core.kpi.Band;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.NotMeasured;

/** Readable hand-made KPI results, as the engine would have computed them (bands decided upstream). */
final class KpiResults {
    private KpiResults() {
    }

    static KpiResult measured(int year, String region, String provider, String kpi, double value, long numerator,
                              long denominator, int clients, Band band) {
        return new KpiResult(year, region, provider, kpi, null, value, BigDecimal.valueOf(numerator),
                denominator, clients, null, band, Map.of(), null);
    }

    static KpiResult resultAchieved(int year, String region, String provider, double value, long numerator,
                                    long denominator, int clients, Band band, Map<String, Integer> causes) {
        return new KpiResult(year, region, provider, "result-achieved", null, value,
                BigDecimal.valueOf(numerator), denominator, clients, null, band, causes, null);
    }

    static KpiResult satisfaction(int year, String region, String provider, double grade, int respondents,
                                  int clients, Band band) {
        return new KpiResult(year, region, provider, "client-satisfaction", null, grade,
                BigDecimal.valueOf(grade * respondents), respondents, clients, respondents, band, Map.of(), null);
    }

    static KpiResult tooFewClients(int year, String region, String provider, String kpi, long denominator, int clients) {
        return new KpiResult(year, region, provider, kpi, NotMeasured.below(NotMeasured.Reason.TOO_FEW_CLIENTS_IN_CARE, 10), null,
                BigDecimal.valueOf(denominator / 2), denominator, clients, null, null, Map.of(), null);
    }

    static KpiResult tooFewRespondents(int year, String region, String provider, int respondents, int clients) {
        return new KpiResult(year, region, provider, "client-satisfaction", NotMeasured.below(NotMeasured.Reason.TOO_FEW_RESPONDENTS, 10), null,
                BigDecimal.valueOf(7L * respondents), respondents, clients, respondents, null, Map.of(), null);
    }
}
