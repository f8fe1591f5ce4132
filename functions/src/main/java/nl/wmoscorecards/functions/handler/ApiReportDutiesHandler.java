package nl.wmoscorecards.functions.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.wmoscorecards.application.ProviderReportDuties;
import nl.wmoscorecards.core.calendar.DutchTime;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.delivery.ReportDelivery;
import nl.wmoscorecards.functions.aws.AwsClients;
import nl.wmoscorecards.functions.aws.Telemetry;
import nl.wmoscorecards.functions.store.Stores;
import nl.wmoscorecards.functions.store.TableNames;
import nl.wmoscorecards.functions.upload.ApiResponses;
import nl.wmoscorecards.functions.upload.ProviderClaims;

/**
 * report-duties (HTTP API, payload 2.0): GET /report-duties shows the signed-in provider, and only it, the status
 * of each report its contracting regions require: delivered, late, missing or not yet due, about this year and
 * last year (or one {@code ?year=}). A function of its own beside upload-api: it reads the regions, the KPI
 * results and the report duties, which the upload function's cold start should not pay for.
 */
public final class ApiReportDutiesHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private static final Pattern YEAR = Pattern.compile("20\\d\\d|2100");
    private final ProviderReportDuties duties;
    private final Clock clock;

    public ApiReportDutiesHandler() {
        this(ConfigLoader.fromEnvironment(), Stores.dynamo(AwsClients.dynamoDb(), TableNames.fromEnvironment()),
                Clock.systemUTC());
    }

    public ApiReportDutiesHandler(ScorecardsConfig config, Stores stores, Clock clock) {
        this.duties = new ProviderReportDuties(config, stores.kpiResults(), stores.uploads(), stores.reportRows());
        this.clock = clock;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return Telemetry.invocation(context, () -> handle(event));
    }

    private APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        Optional<String> agb = ProviderClaims.agb(event);
        if (agb.isEmpty()) {
            return ApiResponses.error(401, "Niet aangemeld: dit verzoek hoort bij geen bekende zorgaanbieder (AGB-code).");
        }
        String method = event.getRequestContext() == null || event.getRequestContext().getHttp() == null ? ""
                : String.valueOf(event.getRequestContext().getHttp().getMethod());
        if (!method.equalsIgnoreCase("GET")) {
            return ApiResponses.json(405, Map.of("error", "Deze methode is hier niet toegestaan; gebruik GET."),
                    Map.of("Allow", "GET"));
        }
        LocalDate today = LocalDate.now(clock.withZone(DutchTime.ZONE));
        String asked = event.getQueryStringParameters() == null ? null : event.getQueryStringParameters().get("year");
        if (asked != null && !YEAR.matcher(asked).matches()) {
            return ApiResponses.error(400, "Het jaar '" + asked + "' is geen jaartal van vier cijfers tussen 2000 en 2100.",
                    "year");
        }
        List<Integer> years = asked != null ? List.of(Integer.parseInt(asked))
                : List.of(today.getYear(), today.getYear() - 1);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int year : years) {
            duties.of(agb.get(), year, today).forEach(duty -> rows.add(view(duty)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("asOf", today.toString());
        body.put("years", years);
        body.put("duties", rows);
        return ApiResponses.json(200, body);
    }

    private static Map<String, Object> view(ProviderReportDuties.Duty duty) {
        ReportDelivery d = duty.delivery();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("year", d.year());
        view.put("contractingRegion", d.contractingRegion());
        view.put("regionName", duty.regionName());
        view.put("reportType", d.reportType());
        view.put("reportTypeName", duty.reportTypeName());
        view.put("due", d.due().toString());
        view.put("state", d.state().name().toLowerCase(java.util.Locale.ROOT));
        view.put("stateText", d.state().dutchLabel());
        view.put("delivered", d.delivered() == null ? null : d.delivered().toString());
        view.put("uploadId", d.uploadId());
        view.put("escalatesOn", d.escalatesOn() == null ? null : d.escalatesOn().toString());
        return view;
    }
}
