package nl.wmoscorecards.functions.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.run.YearlyAssessment;
import nl.wmoscorecards.functions.aws.AwsClients;
import nl.wmoscorecards.functions.aws.Telemetry;
import nl.wmoscorecards.functions.store.Stores;
import nl.wmoscorecards.functions.store.TableNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * kpi-region-run, one branch of the yearly run's Map state: {"year", "asOf", "region"} measures that region and
 * replaces its stored results. Answers with counts only: the results stay in the table (a national region's
 * results would not fit a state's payload).
 */
public final class KpiRegionRunHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final Logger LOG = LoggerFactory.getLogger(KpiRegionRunHandler.class);
    private final YearlyAssessment yearlyRun;

    public KpiRegionRunHandler() {
        this(ConfigLoader.fromEnvironment(), Stores.dynamo(AwsClients.dynamoDb(), TableNames.fromEnvironment()),
                Clock.systemUTC());
    }

    public KpiRegionRunHandler(ScorecardsConfig config, Stores stores, Clock clock) {
        this.yearlyRun = UseCases.yearlyRun(config, stores, clock);
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        return Telemetry.invocation(context, () -> measure(input));
    }

    private Map<String, Object> measure(Map<String, Object> input) {
        KpiRunStep step = KpiRunStep.of(input);
        String region = KpiRunStep.region(input);
        List<KpiResult> results = yearlyRun.measureRegion(step.year(), step.asOf(), region);
        long measured = results.stream().filter(KpiResult::measured).count();
        Telemetry.count("KpiResults", results.size());
        Telemetry.count("KpiResultsMeasured", measured);
        LOG.info("KPI run {} as of {}, region {}: {} results, {} measured", step.year(), step.asOf(), region,
                results.size(), measured);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("region", region);
        summary.put("results", results.size());
        summary.put("measured", measured);
        return summary;
    }
}
