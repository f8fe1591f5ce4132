package nl.wmoscorecards.site;

import java.math.BigDecimal;
import java.util.Map;
import nl.wmoscorecards.core.kpi.KpiResult;

/** Readable hand-made KPI results, as the engine would have computed them (bands decided upstream). */
final class KpiResults {
    private KpiResults() {
    }

    static KpiResult measured(int year, String region, String provider, String kpi, double value, long numerator,
                              long denominator, int clients, String band) {
        return new KpiResult(year, region, provider, kpi, true, null, value, BigDecimal.valueOf(numerator),
                denominator, clients, null, band, Map.of());
    }

    static KpiResult resultAchieved(int year, String region, String provider, double value, long numerator,
                                    long denominator, int clients, String band, Map<String, Integer> causes) {
        return new KpiResult(year, region, provider, "result-achieved", true, null, value,
                BigDecimal.valueOf(numerator), denominator, clients, null, band, causes);
    }

    static KpiResult satisfaction(int year, String region, String provider, double grade, int respondents,
                                  int clients, String band) {
        return new KpiResult(year, region, provider, "client-satisfaction", true, null, grade,
                BigDecimal.valueOf(grade * respondents), respondents, clients, respondents, band, Map.of());
    }

    static KpiResult tooFewClients(int year, String region, String provider, String kpi, long denominator, int clients) {
        return new KpiResult(year, region, provider, kpi, false, "fewer than 10 clients in care", null,
                BigDecimal.valueOf(denominator / 2), denominator, clients, null, null, Map.of());
    }

    static KpiResult tooFewRespondents(int year, String region, String provider, int respondents, int clients) {
        return new KpiResult(year, region, provider, "client-satisfaction", false, "fewer than 10 respondents", null,
                BigDecimal.valueOf(7L * respondents), respondents, clients, respondents, null, Map.of());
    }
}
