package nl.wmoscorecards.application;

import java.time.Clock;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.escalation.EscalationLadder;
import nl.wmoscorecards.core.escalation.WorkingDayDeadlines;
import nl.wmoscorecards.core.run.DailyCheck;
import nl.wmoscorecards.core.run.EscalationService;
import nl.wmoscorecards.core.run.YearlyAssessment;

/** The core use cases wired to the DynamoDB stores, the same for the Lambda handlers and the CLI. */
public final class UseCases {
    private UseCases() {
    }

    public static EscalationService escalations(Ports stores, Clock clock) {
        return new EscalationService(stores.escalations(), new EscalationLadder(new WorkingDayDeadlines(), clock));
    }

    public static DailyCheck dailyCheck(ScorecardsConfig config, Ports stores, Clock clock) {
        return new DailyCheck(config, new DailyCheck.Ports(stores.kpiResults(), stores.uploads(), stores.reportRows()),
                escalations(stores, clock));
    }

    public static YearlyAssessment yearlyRun(ScorecardsConfig config, Ports stores, Clock clock) {
        return new YearlyAssessment(config, new YearlyAssessment.Ports(stores.allocations(), stores.surveyResponses(),
                stores.kpiResults(), stores.uploads(), stores.reportRows()), escalations(stores, clock), clock);
    }
}
