package nl.wmoscorecards.tests.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.wmoscorecards.functions.aws.AwsClients;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/** In Lambda the SDK clients get region and credentials set, not looked up through the provider chains (AWS's advice). */
class AwsClientsInLambdaTest {
    /** What Lambda puts in a function's environment (values made up). */
    private static final Map<String, String> LAMBDA = Map.of(
            "AWS_LAMBDA_FUNCTION_NAME", "scorecards-prod-upload-api",
            "AWS_REGION", "eu-central-1",
            "AWS_ACCESS_KEY_ID", "ASIAEXAMPLE",
            "AWS_SECRET_ACCESS_KEY", "secret",
            "AWS_SESSION_TOKEN", "token");

    @Test
    void inLambdaTheRegionIsTheFunctionsAndTheCredentialsAreTheRolesFromTheEnvironment() {
        assertThat(AwsClients.region(LAMBDA)).isEqualTo(Region.EU_CENTRAL_1);
        assertThat(AwsClients.credentials(LAMBDA)).isInstanceOf(EnvironmentVariableCredentialsProvider.class);
    }

    @Test
    void aSnapStartFunctionGetsItsCredentialsFromTheContainerEndpoint() {
        Map<String, String> snapStart = Map.of("AWS_LAMBDA_FUNCTION_NAME", "scorecards-prod-upload-api",
                "AWS_REGION", "eu-central-1", "AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://127.0.0.1:9001/2021-04-23/credentials",
                "AWS_CONTAINER_AUTHORIZATION_TOKEN", "token");
        assertThat(AwsClients.credentials(snapStart)).isInstanceOf(ContainerCredentialsProvider.class);
    }

    @Test
    void outsideLambdaTheSdksChainsStillApply() {
        // The CLI against a deployed stack uses the caller's profile: not the environment provider alone.
        assertThat(AwsClients.credentials(Map.of("AWS_REGION", "eu-central-1")))
                .isNotInstanceOf(EnvironmentVariableCredentialsProvider.class);
    }
}
