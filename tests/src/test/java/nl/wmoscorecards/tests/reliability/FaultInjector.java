package nl.wmoscorecards.tests.reliability;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * An SDK execution interceptor that makes DynamoDB and S3 calls fail the way the real services do, at a set
 * rate and deterministically: whether an attempt fails depends only on the seed, the request's content, how
 * often that same request was made before and the attempt number, never on thread timing.
 *
 * <p>Faults, each injected before the attempt is sent (so the server never sees it, as with a lost
 * connection or a refused request): a 500 InternalServerError (S3: 500 InternalError), an I/O error
 * (connection reset), and throttling (DynamoDB: 400 ProvisionedThroughputExceededException; S3: 503
 * SlowDown). BatchWriteItem and BatchGetItem calls also get part of their items or keys held back and
 * answered as UnprocessedItems / UnprocessedKeys, as DynamoDB does under load: the held-back part really
 * is not sent.
 *
 * <p>It can also stand in for a Lambda that dies: after a given number of write calls, every call
 * throws a {@link Killed} error, which no retry policy retries.
 */
final class FaultInjector implements ExecutionInterceptor {
    enum Fault { SERVER_ERROR, IO_ERROR, THROTTLING, UNPROCESSED }

    /** The process died: nothing after this reaches the service. */
    static final class Killed extends RuntimeException {
        Killed(String message) {
            super(message, null, false, false);
        }
    }

    private static final Set<String> WRITES = Set.of("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem",
            "TransactWriteItems", "PutObject", "DeleteObject", "DeleteObjects", "CopyObject");
    private static final ExecutionAttribute<Long> FINGERPRINT = new ExecutionAttribute<>("fault-fingerprint");
    private static final ExecutionAttribute<Integer> ATTEMPT = new ExecutionAttribute<>("fault-attempt");
    private static final ExecutionAttribute<Map<String, List<WriteRequest>>> HELD_WRITES = new ExecutionAttribute<>("fault-held-writes");
    private static final ExecutionAttribute<Map<String, KeysAndAttributes>> HELD_KEYS = new ExecutionAttribute<>("fault-held-keys");

    private final long seed;
    private final double rate;
    private final long killAfterWrites;
    private final boolean killAfterTheWriteTookEffect;
    private final Map<Long, AtomicInteger> occurrences = new ConcurrentHashMap<>();
    private final Map<Fault, LongAdder> injected = new EnumMap<>(Fault.class);
    private final LongAdder calls = new LongAdder();
    private final LongAdder attempts = new LongAdder();
    private final AtomicLong writes = new AtomicLong();
    private final AtomicBoolean dead = new AtomicBoolean();

    private FaultInjector(long seed, double rate, long killAfterWrites, boolean killAfterTheWriteTookEffect) {
        this.seed = seed;
        this.rate = rate;
        this.killAfterWrites = killAfterWrites;
        this.killAfterTheWriteTookEffect = killAfterTheWriteTookEffect;
        for (Fault fault : Fault.values()) {
            injected.put(fault, new LongAdder());
        }
    }

    /** Each attempt fails with probability {@code rate}; each batch call has part of it held back with that probability. */
    static FaultInjector failing(long seed, double rate) {
        return new FaultInjector(seed, rate, Long.MAX_VALUE, false);
    }

    /** Counts calls and never fails. */
    static FaultInjector counting() {
        return new FaultInjector(0, 0, Long.MAX_VALUE, false);
    }

    /**
     * Dies at the {@code writes + 1}-th write call (before it is sent), or, with {@code afterEffect}, right
     * after the {@code writes}-th write reached the service but before its answer is seen.
     */
    static FaultInjector killedAfter(long writes, boolean afterEffect) {
        return new FaultInjector(0, 0, writes, afterEffect);
    }

    long injected(Fault fault) {
        return injected.get(fault).sum();
    }

    long injectedTotal() {
        return injected.values().stream().mapToLong(LongAdder::sum).sum();
    }

    long calls() {
        return calls.sum();
    }

    long attempts() {
        return attempts.sum();
    }

    long writeCalls() {
        return writes.get();
    }

    boolean killed() {
        return dead.get();
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (dead.get()) {
            throw new Killed("the process is dead");
        }
        calls.increment();
        if (WRITES.contains(operation(attributes))) {
            long n = writes.incrementAndGet();
            if (!killAfterTheWriteTookEffect && n > killAfterWrites) {
                dead.set(true);
                throw new Killed("killed before write call " + n);
            }
        }
        long fingerprint = mix(seed, context.request().toString().hashCode() * 31L + operation(attributes).hashCode());
        int occurrence = occurrences.computeIfAbsent(fingerprint, f -> new AtomicInteger()).incrementAndGet();
        attributes.putAttribute(FINGERPRINT, mix(fingerprint, occurrence));
        attributes.putAttribute(ATTEMPT, 0);
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        SdkRequest request = context.request();
        if (rate == 0 || roll(attributes, -1) >= rate) {
            return request;
        }
        if (request instanceof BatchWriteItemRequest batch) {
            Map<String, List<WriteRequest>> sent = new HashMap<>();
            Map<String, List<WriteRequest>> held = new HashMap<>();
            batch.requestItems().forEach((table, items) -> {
                // Keep the first item, hold back every second one of the rest.
                List<WriteRequest> keep = new ArrayList<>();
                List<WriteRequest> back = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    (i % 2 == 0 ? keep : back).add(items.get(i));
                }
                sent.put(table, keep);
                if (!back.isEmpty()) {
                    held.put(table, back);
                }
            });
            if (held.isEmpty()) {
                return request;
            }
            injected.get(Fault.UNPROCESSED).increment();
            attributes.putAttribute(HELD_WRITES, held);
            return batch.toBuilder().requestItems(sent).build();
        }
        if (request instanceof BatchGetItemRequest batch) {
            Map<String, KeysAndAttributes> sent = new HashMap<>();
            Map<String, KeysAndAttributes> held = new HashMap<>();
            batch.requestItems().forEach((table, keys) -> {
                List<Map<String, AttributeValue>> keep = new ArrayList<>();
                List<Map<String, AttributeValue>> back = new ArrayList<>();
                for (int i = 0; i < keys.keys().size(); i++) {
                    (i % 2 == 0 ? keep : back).add(keys.keys().get(i));
                }
                sent.put(table, keys.toBuilder().keys(keep).build());
                if (!back.isEmpty()) {
                    held.put(table, keys.toBuilder().keys(back).build());
                }
            });
            if (held.isEmpty()) {
                return request;
            }
            injected.get(Fault.UNPROCESSED).increment();
            attributes.putAttribute(HELD_KEYS, held);
            return batch.toBuilder().requestItems(sent).build();
        }
        return request;
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        attempts.increment();
        int attempt = attributes.getAttribute(ATTEMPT) + 1;
        attributes.putAttribute(ATTEMPT, attempt);
        if (rate == 0) {
            return;
        }
        double roll = roll(attributes, attempt);
        if (roll >= rate) {
            return;
        }
        boolean s3 = "S3".equals(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME));
        // A third each: 5xx, I/O, throttling.
        if (roll < rate / 3) {
            injected.get(Fault.SERVER_ERROR).increment();
            throw serviceError(s3, 500, s3 ? "InternalError" : "InternalServerError");
        }
        if (roll < rate * 2 / 3) {
            injected.get(Fault.IO_ERROR).increment();
            throw SdkClientException.builder().message("Unable to execute HTTP request: connection reset (injected)")
                    .cause(new IOException("Connection reset (injected)")).build();
        }
        injected.get(Fault.THROTTLING).increment();
        throw s3 ? serviceError(true, 503, "SlowDown") : serviceError(false, 400, "ProvisionedThroughputExceededException");
    }

    @Override
    public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
        SdkResponse response = context.response();
        Map<String, List<WriteRequest>> heldWrites = attributes.getAttribute(HELD_WRITES);
        if (heldWrites != null && response instanceof BatchWriteItemResponse written) {
            Map<String, List<WriteRequest>> unprocessed = new HashMap<>(written.unprocessedItems());
            heldWrites.forEach((table, items) -> unprocessed.merge(table, items, (a, b) -> {
                List<WriteRequest> both = new ArrayList<>(a);
                both.addAll(b);
                return both;
            }));
            return written.toBuilder().unprocessedItems(unprocessed).build();
        }
        Map<String, KeysAndAttributes> heldKeys = attributes.getAttribute(HELD_KEYS);
        if (heldKeys != null && response instanceof BatchGetItemResponse read) {
            Map<String, KeysAndAttributes> unprocessed = new HashMap<>(read.unprocessedKeys());
            heldKeys.forEach((table, keys) -> unprocessed.merge(table, keys, (a, b) -> {
                List<Map<String, AttributeValue>> both = new ArrayList<>(a.keys());
                both.addAll(b.keys());
                return a.toBuilder().keys(both).build();
            }));
            return read.toBuilder().unprocessedKeys(unprocessed).build();
        }
        return response;
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        if (killAfterTheWriteTookEffect && WRITES.contains(operation(attributes)) && writes.get() >= killAfterWrites
                && dead.compareAndSet(false, true)) {
            throw new Killed("killed after write call " + killAfterWrites + " took effect, before its answer was used");
        }
    }

    private static String operation(ExecutionAttributes attributes) {
        String name = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        return name == null ? "" : name;
    }

    private double roll(ExecutionAttributes attributes, int attempt) {
        long bits = mix(attributes.getAttribute(FINGERPRINT), attempt);
        return (bits >>> 11) * 0x1.0p-53;
    }

    private static AwsServiceException serviceError(boolean s3, int status, String code) {
        AwsErrorDetails details = AwsErrorDetails.builder().errorCode(code).errorMessage(code + " (injected)")
                .serviceName(s3 ? "S3" : "DynamoDb").sdkHttpResponse(SdkHttpResponse.builder().statusCode(status).build())
                .build();
        AwsServiceException.Builder builder = s3 ? S3Exception.builder() : DynamoDbException.builder();
        return builder.awsErrorDetails(details).statusCode(status).message(code + " (injected)").build();
    }

    /** SplitMix64 of two values: a well-spread, reproducible hash. */
    private static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
