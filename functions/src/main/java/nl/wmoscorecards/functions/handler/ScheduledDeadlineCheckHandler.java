package nl.wmoscorecards.functions.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.escalation.EscalationService;
import nl.wmoscorecards.functions.aws.AwsClients;
import nl.wmoscorecards.functions.aws.Telemetry;
import nl.wmoscorecards.functions.store.Stores;
import nl.wmoscorecards.functions.store.TableNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** deadline-check: the daily schedule moves every escalation whose plan or realisation deadline passed to step 3. */
public final class ScheduledDeadlineCheckHandler implements RequestHandler<ScheduledEvent, Map<String, Object>> {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledDeadlineCheckHandler.class);
    private final EscalationService escalations;
    private final Clock clock;

    public ScheduledDeadlineCheckHandler() {
        this(UseCases.escalations(Stores.dynamo(AwsClients.dynamoDb(), TableNames.fromEnvironment()), Clock.systemUTC()),
                Clock.systemUTC());
    }

    public ScheduledDeadlineCheckHandler(EscalationService escalations, Clock clock) {
        this.escalations = escalations;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> handleRequest(ScheduledEvent event, Context context) {
        return Telemetry.invocation(context, () -> check(event));
    }

    private Map<String, Object> check(ScheduledEvent event) {
        LocalDate today = ScheduledDates.firedOn(event, clock);
        List<Escalation> moved = escalations.checkDeadlines(today);
        Telemetry.count("EscalationsMovedToDefault", moved.size());
        moved.forEach(e -> LOG.info("Escalation {} moved to {}: {}", e.id(), e.state(),
                e.history().get(e.history().size() - 1).reason()));
        return Map.of("date", today.toString(), "moved", moved.stream().map(Escalation::id).toList());
    }
}
