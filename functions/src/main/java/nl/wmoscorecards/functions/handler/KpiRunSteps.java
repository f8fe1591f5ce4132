package nl.wmoscorecards.functions.handler;

import com.amazonaws.services.lambda.runtime.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import nl.wmoscorecards.application.UseCases;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.run.YearlyAssessment;
import nl.wmoscorecards.functions.aws.AwsClients;
import nl.wmoscorecards.functions.aws.Telemetry;
import nl.wmoscorecards.functions.store.Stores;
import nl.wmoscorecards.functions.store.TableNames;

/**
 * The steps of the yearly run that measure and record (kpi-region-run, kpi-run-finish): the yearly run wired
 * to the stores once per instance, each invocation with telemetry. The step records check their fields as they
 * are bound, so a step that gets something else fails with a message naming the field. The runtime passes
 * maps ({@link StepJson}); each handler names {@code RequestHandler<Map, Map>} itself, as the Lambda runtime and
 * the deploy checks read a handler's types from its own class.
 */
abstract class KpiRunSteps<I, O> {
    private final Class<I> inputType;
    private final YearlyAssessment yearlyRun;

    /** For Lambda: configuration and tables from the environment. */
    KpiRunSteps(Class<I> inputType) {
        this(inputType, ConfigLoader.fromEnvironment(),
                Stores.dynamo(AwsClients.dynamoDb(), TableNames.fromEnvironment()), Clock.systemUTC());
    }

    KpiRunSteps(Class<I> inputType, ScorecardsConfig config, Stores stores, Clock clock) {
        this.inputType = inputType;
        this.yearlyRun = UseCases.yearlyRun(config, stores, clock);
    }

    public final Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        return Telemetry.invocation(context, () -> StepJson.write(run(yearlyRun, StepJson.read(input, inputType))));
    }

    abstract O run(YearlyAssessment yearlyRun, I input);

    static void requireYearAndDate(Integer year, String asOf) {
        if (year == null) {
            throw new IllegalArgumentException("kpi-run step input: \"year\" must be a number, got null");
        }
        try {
            LocalDate.parse(String.valueOf(asOf));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("kpi-run step input: \"asOf\" must be a date yyyy-mm-dd, got " + asOf, e);
        }
    }
}
