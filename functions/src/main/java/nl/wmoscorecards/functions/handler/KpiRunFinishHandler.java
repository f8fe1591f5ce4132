package nl.wmoscorecards.functions.handler;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Clock;
import java.util.Map;
import nl.wmoscorecards.application.UseCases;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.run.YearlyAssessment;
import nl.wmoscorecards.functions.aws.AwsClients;
import nl.wmoscorecards.functions.aws.Telemetry;
import nl.wmoscorecards.functions.store.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * kpi-run-finish, the last step of the yearly run's state machine, after every region was measured: records
 * the run (the plan's year, date and regions), assesses the mandatory reports and dossier audits, and raises the
 * escalations the results call for.
 */
public final class KpiRunFinishHandler extends KpiRunSteps<KpiRunPlan, KpiRunSummary>
        implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final Logger LOG = LoggerFactory.getLogger(KpiRunFinishHandler.class);

    public KpiRunFinishHandler() {
        super(KpiRunPlan.class);
    }

    public KpiRunFinishHandler(ScorecardsConfig config, Stores stores, Clock clock) {
        super(KpiRunPlan.class, config, stores, clock);
    }

    @Override
    KpiRunSummary run(YearlyAssessment yearlyRun, KpiRunPlan plan) {
        YearlyAssessment.Outcome outcome = yearlyRun.finish(plan.year(), plan.asOfDate(), plan.regions());
        KpiRun run = outcome.run();
        long measured = run.results().stream().filter(KpiResult::measured).count();
        Telemetry.count("EscalationsRaised", outcome.escalations().size());
        LOG.info("KPI run {} as of {}: {} regions, {} results, {} measured, {} escalations raised or extended",
                plan.year(), plan.asOf(), plan.regions().size(), run.results().size(), measured, outcome.escalations().size());
        return new KpiRunSummary(plan.year(), plan.asOf(), plan.regions().size(), run.results().size(), measured,
                outcome.escalations().size());
    }
}
