package nl.wmoscorecards.functions.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import nl.wmoscorecards.application.UseCases;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.run.DailyCheck;
import nl.wmoscorecards.functions.aws.AwsClients;
import nl.wmoscorecards.functions.aws.Telemetry;
import nl.wmoscorecards.functions.store.Stores;
import nl.wmoscorecards.functions.store.TableNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * deadline-check: the daily schedule raises the reports about last year that fell due and were not delivered
 * (from the first working day after the due date), and moves every escalation whose plan or realisation
 * deadline passed to step 3.
 */
public final class ScheduledDeadlineCheckHandler implements RequestHandler<ScheduledEvent, Map<String, Object>> {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledDeadlineCheckHandler.class);
    private final DailyCheck check;
    private final Clock clock;

    public ScheduledDeadlineCheckHandler() {
        this(UseCases.dailyCheck(ConfigLoader.fromEnvironment(),
                Stores.dynamo(AwsClients.dynamoDb(), TableNames.fromEnvironment()), Clock.systemUTC()), Clock.systemUTC());
    }

    public ScheduledDeadlineCheckHandler(DailyCheck check, Clock clock) {
        this.check = check;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> handleRequest(ScheduledEvent event, Context context) {
        return Telemetry.invocation(context, () -> check(event));
    }

    private Map<String, Object> check(ScheduledEvent event) {
        LocalDate today = ScheduledDates.firedOn(event, clock);
        DailyCheck.Outcome outcome = check.run(today);
        Telemetry.count("EscalationsRaisedForReports", outcome.raised().size());
        Telemetry.count("EscalationsMovedToDefault", outcome.moved().size());
        outcome.raised().forEach(e -> LOG.info("Escalation {} signalled: {}", e.id(),
                e.history().get(e.history().size() - 1).reason()));
        outcome.moved().forEach(e -> LOG.info("Escalation {} moved to {}: {}", e.id(), e.state(),
                e.history().get(e.history().size() - 1).reason()));
        return Map.of("date", today.toString(), "raised", outcome.raised().stream().map(Escalation::id).toList(),
                "moved", outcome.moved().stream().map(Escalation::id).toList());
    }
}
