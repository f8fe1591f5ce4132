package nl.wmoscorecards.functions.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.run.YearlyRun;
import nl.wmoscorecards.functions.aws.AwsClients;
import nl.wmoscorecards.functions.aws.Telemetry;
import nl.wmoscorecards.functions.store.Stores;
import nl.wmoscorecards.functions.store.TableNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * kpi-run: the yearly schedule fires (1 March); measure the previous year as of the event's date and raise
 * the escalations the results call for. A
 * detail of {"year": Y, "asOf": "yyyy-mm-dd"} runs another year, e.g. a rerun after late messages.
 */
public final class ScheduledKpiRunHandler implements RequestHandler<ScheduledEvent, Map<String, Object>> {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledKpiRunHandler.class);
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private final ScorecardsConfig config;
    private final Stores stores;
    private final Clock clock;

    public ScheduledKpiRunHandler() {
        this(ConfigLoader.fromEnvironment(), Stores.dynamo(AwsClients.dynamoDb(), TableNames.fromEnvironment()),
                Clock.systemUTC());
    }

    public ScheduledKpiRunHandler(ScorecardsConfig config, Stores stores, Clock clock) {
        this.config = config;
        this.stores = stores;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> handleRequest(ScheduledEvent event, Context context) {
        return Telemetry.invocation(context, () -> handle(event));
    }

    private Map<String, Object> handle(ScheduledEvent event) {
        LocalDate fired = event.getTime() == null ? LocalDate.now(clock.withZone(NL))
                : LocalDate.ofInstant(java.time.Instant.ofEpochMilli(event.getTime().getMillis()), NL);
        Map<String, Object> detail = event.getDetail() == null ? Map.of() : event.getDetail();
        int year = detail.get("year") instanceof Number n ? n.intValue() : fired.getYear() - 1;
        LocalDate asOf = detail.get("asOf") instanceof String s ? LocalDate.parse(s) : fired;
        YearlyRun.Outcome outcome = UseCases.yearlyRun(config, stores, clock).run(year, asOf);
        KpiRun run = outcome.run();
        long measured = run.results().stream().filter(r -> r.measured()).count();
        Telemetry.count("KpiResults", run.results().size());
        Telemetry.count("KpiResultsMeasured", measured);
        Telemetry.count("EscalationsRaised", outcome.escalations().size());
        LOG.info("KPI run {} as of {}: {} results, {} measured, {} escalations raised or extended", year, asOf,
                run.results().size(), measured, outcome.escalations().size());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("year", year);
        summary.put("asOf", asOf.toString());
        summary.put("results", run.results().size());
        summary.put("measured", measured);
        summary.put("escalations", outcome.escalations().size());
        return summary;
    }
}
