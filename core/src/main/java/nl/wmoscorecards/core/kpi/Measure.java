package nl.wmoscorecards.core.kpi;

/**
 * A named rule that turns a provider's allocations, responses or reports in a region and year into a fraction.
 * Rules that need only the provider's allocations and responses implement the first method; rules that need
 * the region, other providers' allocations or reports implement {@link ContextMeasure}.
 */
@FunctionalInterface
public interface Measure {
    Tally compute(MeasureInput input, KpiDefinition definition);

    /** What the engine calls; by default the rule looks only at the {@link MeasureInput}. */
    default Tally compute(MeasureContext context, KpiDefinition definition) {
        return compute(context.input(), definition);
    }
}
