package nl.wmoscorecards.functions.aws;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * SDK clients as the Lambda functions build them: one per container, the light URL-connection HTTP
 * client, region and credentials from the environment. AWS_ENDPOINT_URL (or AWS_ENDPOINT_URL_DYNAMODB /
 * _S3) is honoured by the SDK itself, which is how LocalStack or a local server is reached.
 */
public final class AwsClients {
    private AwsClients() {
    }

    public static DynamoDbClient dynamoDb() {
        return DynamoDbClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    public static S3Client s3() {
        return S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .forcePathStyle(System.getenv("AWS_ENDPOINT_URL") != null).build();
    }
}
