package nl.wmoscorecards.functions.aws;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * SDK clients as the Lambda functions build them: one per container, the light URL-connection HTTP
 * client, region and credentials from the environment. AWS_ENDPOINT_URL (or AWS_ENDPOINT_URL_DYNAMODB /
 * _S3, or the system properties aws.endpointUrl...) is honoured by the SDK itself, which is how LocalStack or a local server is reached.
 */
public final class AwsClients {
    private AwsClients() {
    }

    public static DynamoDbClient dynamoDb() {
        return DynamoDbClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    public static S3Client s3() {
        return S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .forcePathStyle(endpointOverridden()).build();
    }

    /**
     * Whether an endpoint override is configured (environment or the SDK's system properties): LocalStack
     * and local servers answer path-style requests; virtual-host style needs DNS they do not have.
     */
    static boolean endpointOverridden() {
        return set(System.getenv("AWS_ENDPOINT_URL")) || set(System.getenv("AWS_ENDPOINT_URL_S3"))
                || set(System.getProperty("aws.endpointUrl")) || set(System.getProperty("aws.endpointUrlS3"));
    }

    private static boolean set(String value) {
        return value != null && !value.isBlank();
    }
}
