package nl.wmoscorecards.local.runtime;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The S3 ObjectCreated event AWS would send after a PUT. The local S3 server sends no notifications, so
 * the runtime makes the event itself, through the same deserialiser the Lambda runtime uses.
 */
public final class S3Notifications {
    private static final PojoSerializer<S3Event> SERIALIZER =
            LambdaEventSerializers.serializerFor(S3Event.class, S3Notifications.class.getClassLoader());

    private S3Notifications() {
    }

    public static S3Event objectCreated(String bucket, String key, long size) {
        String json = """
                {"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"eu-west-1",
                 "eventTime":"%s","eventName":"ObjectCreated:Put",
                 "s3":{"s3SchemaVersion":"1.0","configurationId":"local-runtime",
                  "bucket":{"name":"%s","arn":"arn:aws:s3:::%s"},
                  "object":{"key":"%s","size":%d}}}]}
                """.formatted(Instant.now(), bucket, bucket, URLEncoder.encode(key, StandardCharsets.UTF_8), size);
        return SERIALIZER.fromJson(json);
    }
}
