package nl.wmoscorecards.functions.aws;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import nl.wmoscorecards.functions.upload.UploadUrls;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * SDK clients as the Lambda functions build them: one per container, the light URL-connection HTTP client.
 * In Lambda, region (AWS_REGION) and credentials (the role's, in the environment) are set explicitly, as AWS
 * advises: the SDK then skips its provider chains (profile files, instance metadata), which costs cold-start
 * time and could pick up something else. Elsewhere (the CLI against a deployed stack, LocalStack) the SDK's
 * default chains apply. AWS_ENDPOINT_URL (or AWS_ENDPOINT_URL_DYNAMODB / _S3, or the system properties
 * aws.endpointUrl...) is honoured by the SDK itself, which is how LocalStack or a local server is reached.
 */
public final class AwsClients {
    private static final Map<String, String> ENVIRONMENT = System.getenv();

    private AwsClients() {
    }

    public static DynamoDbClient dynamoDb() {
        return DynamoDbClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(region(ENVIRONMENT)).credentialsProvider(credentials(ENVIRONMENT)).build();
    }

    public static S3Client s3() {
        return S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(region(ENVIRONMENT)).credentialsProvider(credentials(ENVIRONMENT))
                .forcePathStyle(endpointOverridden()).build();
    }

    public static SecretsManagerClient secretsManager() {
        return SecretsManagerClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(region(ENVIRONMENT)).credentialsProvider(credentials(ENVIRONMENT)).build();
    }

    /**
     * The signer of upload URLs (the SDK's SigV4 signer, not S3Presigner: {@link SigV4PutUrls}): it signs with these
     * credentials, so a URL carries the function role's rights. AWS_ENDPOINT_URL_S3 or AWS_ENDPOINT_URL point it
     * elsewhere (LocalStack, a local server), path-style.
     */
    public static UploadUrls.Signer uploadUrlSigner() {
        String endpoint = firstSet(ENVIRONMENT.get("AWS_ENDPOINT_URL_S3"), ENVIRONMENT.get("AWS_ENDPOINT_URL"));
        return new SigV4PutUrls(region(ENVIRONMENT), credentials(ENVIRONMENT),
                endpoint == null ? null : URI.create(endpoint), Clock.systemUTC());
    }

    /** In Lambda the region the function runs in (AWS_REGION, always set there); elsewhere the SDK's chain. */
    public static Region region(Map<String, String> environment) {
        String region = environment.get("AWS_REGION");
        return inLambda(environment) && set(region) ? Region.of(region) : new DefaultAwsRegionProviderChain().getRegion();
    }

    /**
     * In Lambda the execution role's credentials: from the environment, or, in a SnapStart function (where
     * Lambda sets no keys, since a snapshot must not hold them), from the container endpoint Lambda names in
     * AWS_CONTAINER_CREDENTIALS_FULL_URI, refreshed after a restore. Elsewhere the SDK's chain.
     */
    public static AwsCredentialsProvider credentials(Map<String, String> environment) {
        if (inLambda(environment) && set(environment.get("AWS_CONTAINER_CREDENTIALS_FULL_URI"))) {
            return ContainerCredentialsProvider.builder().build();
        }
        return inLambda(environment) && set(environment.get("AWS_ACCESS_KEY_ID"))
                ? EnvironmentVariableCredentialsProvider.create() : DefaultCredentialsProvider.builder().build();
    }

    private static boolean inLambda(Map<String, String> environment) {
        return set(environment.get("AWS_LAMBDA_FUNCTION_NAME"));
    }

    /**
     * Whether an endpoint override is configured (environment or the SDK's system properties): LocalStack
     * and local servers answer path-style requests; virtual-host style needs DNS they do not have.
     */
    static boolean endpointOverridden() {
        return set(ENVIRONMENT.get("AWS_ENDPOINT_URL")) || set(ENVIRONMENT.get("AWS_ENDPOINT_URL_S3"))
                || set(System.getProperty("aws.endpointUrl")) || set(System.getProperty("aws.endpointUrlS3"));
    }

    private static String firstSet(String first, String second) {
        return set(first) ? first : set(second) ? second : null;
    }

    private static boolean set(String value) {
        return value != null && !value.isBlank();
    }
}
