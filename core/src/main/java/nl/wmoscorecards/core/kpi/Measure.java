package nl.wmoscorecards.core.kpi;

/** A named rule that turns a provider's allocations or responses in a region and year into a fraction. */
@FunctionalInterface
public interface Measure {
    Outcome compute(MeasureInput input, KpiDefinition definition);
}
