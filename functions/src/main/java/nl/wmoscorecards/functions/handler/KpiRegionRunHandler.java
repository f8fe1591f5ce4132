package nl.wmoscorecards.functions.handler;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Clock;
import java.util.Map;
import nl.wmoscorecards.application.UseCases;
import nl.wmoscorecards.core.config.ConfigLoader;
import java.util.List;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.run.YearlyAssessment;
import nl.wmoscorecards.functions.aws.AwsClients;
import nl.wmoscorecards.functions.aws.Telemetry;
import nl.wmoscorecards.functions.store.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * kpi-region-run, one branch of the yearly run's Map state: measures the step's region and replaces its stored
 * results. Answers with counts only.
 */
public final class KpiRegionRunHandler extends KpiRunSteps<KpiRegionStep, KpiRegionSummary>
        implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final Logger LOG = LoggerFactory.getLogger(KpiRegionRunHandler.class);

    public KpiRegionRunHandler() {
        super(KpiRegionStep.class);
    }

    public KpiRegionRunHandler(ScorecardsConfig config, Stores stores, Clock clock) {
        super(KpiRegionStep.class, config, stores, clock);
    }

    @Override
    KpiRegionSummary run(YearlyAssessment yearlyRun, KpiRegionStep step) {
        List<KpiResult> results = yearlyRun.measureRegion(step.year(), step.asOfDate(), step.region());
        long measured = results.stream().filter(KpiResult::measured).count();
        Telemetry.count("KpiResults", results.size());
        Telemetry.count("KpiResultsMeasured", measured);
        LOG.info("KPI run {} as of {}, region {}: {} results, {} measured", step.year(), step.asOf(), step.region(),
                results.size(), measured);
        return new KpiRegionSummary(step.region(), results.size(), measured);
    }
}
