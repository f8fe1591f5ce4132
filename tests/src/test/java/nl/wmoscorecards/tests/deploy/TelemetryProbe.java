package nl.wmoscorecards.tests.deploy;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import nl.wmoscorecards.functions.aws.Telemetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Run by {@link LambdaJarTelemetryTest} on the Lambda jar: two invocations that log and count. */
public final class TelemetryProbe {
    private TelemetryProbe() {
    }

    public static void main(String[] args) {
        Logger log = LoggerFactory.getLogger("nl.wmoscorecards.functions.handler.Probe");
        Logger library = LoggerFactory.getLogger("software.amazon.awssdk.Probe");
        for (String request : new String[] {"request-1", "request-2"}) {
            Telemetry.invocation(new ProbeContext(request), () -> {
                log.info("upload {} issued", "\"u-1\"");
                log.debug("not shown at INFO");
                library.info("library info, below WARN");
                log.error("failed", new IllegalStateException("boom"));
                Telemetry.count("UploadUrlsIssued", 1);
                Telemetry.count("UploadUrlsIssued", 1);
                return null;
            });
        }
    }

    private record ProbeContext(String getAwsRequestId) implements Context {
        @Override
        public String getLogGroupName() {
            return "/aws/lambda/scorecards-test-upload-api";
        }

        @Override
        public String getLogStreamName() {
            return "stream";
        }

        @Override
        public String getFunctionName() {
            return "scorecards-test-upload-api";
        }

        @Override
        public String getFunctionVersion() {
            return "1";
        }

        @Override
        public String getInvokedFunctionArn() {
            return "arn:aws:lambda:eu-central-1:123456789012:function:scorecards-test-upload-api";
        }

        @Override
        public CognitoIdentity getIdentity() {
            return null;
        }

        @Override
        public ClientContext getClientContext() {
            return null;
        }

        @Override
        public int getRemainingTimeInMillis() {
            return 30_000;
        }

        @Override
        public int getMemoryLimitInMB() {
            return 1024;
        }

        @Override
        public LambdaLogger getLogger() {
            return null;
        }
    }
}
