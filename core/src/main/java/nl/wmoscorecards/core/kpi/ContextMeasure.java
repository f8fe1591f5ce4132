package nl.wmoscorecards.core.kpi;

/** A measure that needs the whole {@link MeasureContext}: region, other allocations in it, provider reports. */
@FunctionalInterface
public interface ContextMeasure extends Measure {

    @Override
    Outcome compute(MeasureContext context, KpiDefinition definition);

    @Override
    default Outcome compute(MeasureInput input, KpiDefinition definition) {
        return compute(MeasureContext.of(input), definition);
    }
}
