package nl.wmoscorecards.functions.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.run.YearlyAssessment;
import nl.wmoscorecards.functions.aws.Telemetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * kpi-run-plan, the first step of the yearly run's state machine: the schedule fires (1 March), so measure the
 * previous year as of the event's date, one unit per measurement region. A detail of {"year": Y, "asOf":
 * "yyyy-mm-dd"} runs another year, e.g. a rerun after late messages. Touches no store.
 */
public final class KpiRunPlanHandler implements RequestHandler<ScheduledEvent, Map<String, Object>> {
    private static final Logger LOG = LoggerFactory.getLogger(KpiRunPlanHandler.class);
    private final ScorecardsConfig config;
    private final Clock clock;

    public KpiRunPlanHandler() {
        this(ConfigLoader.fromEnvironment(), Clock.systemUTC());
    }

    public KpiRunPlanHandler(ScorecardsConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> handleRequest(ScheduledEvent event, Context context) {
        return Telemetry.invocation(context, () -> StepJson.write(plan(event)));
    }

    private KpiRunPlan plan(ScheduledEvent event) {
        LocalDate fired = ScheduledDates.firedOn(event, clock);
        Map<String, Object> detail = event.getDetail() == null ? Map.of() : event.getDetail();
        int year = detail.get("year") instanceof Number n ? n.intValue() : fired.getYear() - 1;
        LocalDate asOf = detail.get("asOf") instanceof String s ? LocalDate.parse(s) : fired;
        List<String> regions = YearlyAssessment.regions(config);
        LOG.info("KPI run {} as of {}: {} measurement regions", year, asOf, regions.size());
        return KpiRunPlan.of(year, asOf, regions);
    }
}
