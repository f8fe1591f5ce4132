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
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.run.YearlyAssessment;
import nl.wmoscorecards.functions.aws.AwsClients;
import nl.wmoscorecards.functions.aws.Telemetry;
import nl.wmoscorecards.functions.store.Stores;
import nl.wmoscorecards.functions.store.TableNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * kpi-run-finish, the last step of the yearly run's state machine, after every region was measured: records
 * the run ({"year", "asOf", "regions"} from the plan), assesses the mandatory reports and dossier audits, and
 * raises the escalations the results call for.
 */
public final class KpiRunFinishHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final Logger LOG = LoggerFactory.getLogger(KpiRunFinishHandler.class);
    private final YearlyAssessment yearlyRun;

    public KpiRunFinishHandler() {
        this(ConfigLoader.fromEnvironment(), Stores.dynamo(AwsClients.dynamoDb(), TableNames.fromEnvironment()),
                Clock.systemUTC());
    }

    public KpiRunFinishHandler(ScorecardsConfig config, Stores stores, Clock clock) {
        this.yearlyRun = UseCases.yearlyRun(config, stores, clock);
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        return Telemetry.invocation(context, () -> finish(input));
    }

    private Map<String, Object> finish(Map<String, Object> input) {
        KpiRunStep step = KpiRunStep.of(input);
        List<String> regions = KpiRunStep.regions(input);
        YearlyAssessment.Outcome outcome = yearlyRun.finish(step.year(), step.asOf(), regions);
        KpiRun run = outcome.run();
        long measured = run.results().stream().filter(KpiResult::measured).count();
        Telemetry.count("EscalationsRaised", outcome.escalations().size());
        LOG.info("KPI run {} as of {}: {} regions, {} results, {} measured, {} escalations raised or extended",
                step.year(), step.asOf(), regions.size(), run.results().size(), measured, outcome.escalations().size());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("year", step.year());
        summary.put("asOf", step.asOf().toString());
        summary.put("regions", regions.size());
        summary.put("results", run.results().size());
        summary.put("measured", measured);
        summary.put("escalations", outcome.escalations().size());
        return summary;
    }
}
