package nl.wmoscorecards.core.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Outcome-financing simulation (Drechtsteden, seed 002): what a provider would earn or lose if the band of
 * another KPI of the catalogue were paid for. A SIMULATION: its own bands live in its parameters, so the base
 * KPI stays monitored only and nothing is escalated. Value = the amount in euro (negative for a malus).
 *
 * <p>Parameters: {@code kpi} (id of the base KPI), {@code bands} (as in a norm, lowest first), {@code amounts}
 * (band code to euro), {@code per}: {@code provider} (one amount) or {@code evaluation} (amount x the base
 * KPI's population, e.g. per evaluated client goal).
 */
final class OutcomeFinancingSimulation {

    private OutcomeFinancingSimulation() {
    }

    static Tally compute(MeasureContext context, KpiDefinition definition) {
        String baseId = definition.stringParameter("kpi", null);
        KpiDefinition base = context.input().catalog().kpi(baseId).orElseThrow(() -> new IllegalArgumentException(
                "KPI " + definition.id() + " simulates unknown KPI '" + baseId + "'"));
        Tally baseOutcome = Measures.named(base.measure()).compute(context, base);
        if (!baseOutcome.hasPopulation()) {
            return Tally.none();
        }
        Band band = bands(definition).bandFor(baseOutcome.scaledNumerator(),
                BigDecimal.valueOf(baseOutcome.denominator()));
        BigDecimal amount = amount(definition, band);
        if ("evaluation".equals(definition.stringParameter("per", "provider"))) {
            amount = amount.multiply(BigDecimal.valueOf(baseOutcome.denominator()));
        }
        return Tally.figure(amount, Map.of(band.code(), (int) baseOutcome.denominator()));
    }

    static Norm bands(KpiDefinition definition) {
        Object value = definition.parameters().get("bands");
        if (!(value instanceof List<?> entries)) {
            throw new IllegalArgumentException("KPI " + definition.id() + " needs 'bands', lowest first");
        }
        List<BandThreshold> thresholds = new ArrayList<>();
        for (Object entry : entries) {
            Map<?, ?> band = (Map<?, ?>) entry;
            Object from = band.get("from");
            thresholds.add(new BandThreshold(String.valueOf(band.get("band")),
                    from == null ? null : new BigDecimal(from.toString())));
        }
        return new Norm(thresholds);
    }

    private static BigDecimal amount(KpiDefinition definition, Band band) {
        Object amounts = definition.parameters().get("amounts");
        Object amount = amounts instanceof Map<?, ?> m ? m.get(band.code()) : null;
        if (amount == null) {
            throw new IllegalArgumentException("KPI " + definition.id() + " has no amount for band " + band.code());
        }
        return new BigDecimal(amount.toString());
    }
}
