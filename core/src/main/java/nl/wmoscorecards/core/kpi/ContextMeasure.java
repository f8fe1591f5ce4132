package nl.wmoscorecards.core.kpi;

/** A measure that needs the whole {@link MeasureContext}: region, other allocations in it, provider reports. */
@FunctionalInterface
public interface ContextMeasure extends Measure {

    @Override
    Tally compute(MeasureContext context, KpiDefinition definition);

    @Override
    default Tally compute(MeasureInput input, KpiDefinition definition) {
        return compute(MeasureContext.of(input), definition);
    }
}
