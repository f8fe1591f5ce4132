package nl.wmoscorecards.local.bench;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;

/**
 * Runs in a fresh JVM (started by {@link ColdStartBench}) what Lambda does at a cold start: load the handler
 * class, construct it, call it twice with a POST /uploads event. Prints one line "PROBE init first second
 * status classes" (milliseconds; classes loaded by then) for the parent to read. With a second argument "restored" it first does what
 * SnapStart does before its snapshot (init, then the handler's CRaC beforeCheckpoint priming), so "first"
 * is the first response of a restored instance: init and priming are outside the clock, as a restore skips them.
 * Right after the first response it prints {@link #FIRST_RESPONSE}, where the parent stops its clock: the second
 * request and the probe's own reporting (management beans, number formatting) are not part of a cold start.
 */
public final class ColdStartProbe {
    /** The line printed as soon as the first response is there (a constant: nothing is loaded to print it). */
    static final String FIRST_RESPONSE = "FIRST-RESPONSE";

    private ColdStartProbe() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler =
                (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>) Class.forName(args[0]).getConstructor().newInstance();
        if (args.length > 1 && args[1].equals("restored") && handler instanceof org.crac.Resource primed) {
            primed.beforeCheckpoint(null);
        }
        long constructed = System.nanoTime();
        APIGatewayV2HTTPResponse first = handler.handleRequest(postUpload(), new BenchContext());
        long firstDone = System.nanoTime();
        System.out.println(FIRST_RESPONSE);
        handler.handleRequest(postUpload(), new BenchContext());
        long secondDone = System.nanoTime();
        // Classes loaded by the JVM so far (boot included): a figure the machine's load does not change.
        long classes = java.lang.management.ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        System.out.printf("PROBE %.1f %.1f %.1f %d %d%n", ms(constructed - start), ms(firstDone - constructed),
                ms(secondDone - firstDone), first.getStatusCode(), classes);
    }

    static APIGatewayV2HTTPEvent postUpload() {
        return APIGatewayV2HTTPEvent.builder()
                .withRawPath("/uploads")
                .withBody("{\"reportType\":\"cto\",\"period\":\"2025\",\"fileName\":\"cto 2025.csv\",\"contentType\":\"text/csv\"}")
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withStage("$default")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("POST").withPath("/uploads").build())
                        .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                                        .withClaims(Map.of("custom:agb", "12345678")).build())
                                .build())
                        .build())
                .build();
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
