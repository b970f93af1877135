package example.mentoring.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What the {@link FaultProxy} does instead of (or besides) forwarding a call: an AWS error answer
 * in the service's own wire format (so that the SDK parses it into the same exception class as
 * the real service's), a delay, or a dropped connection.
 */
public sealed interface Fault {

    /** Answers with this status, headers and body (computed from the request's body) instead of forwarding. */
    record Answer(String name, int status, Map<String, String> headers, Function<byte[], String> body) implements Fault {
    }

    /** Waits, then forwards: beyond the client's timeout, the client gives up while the call may still land. */
    record Delay(Duration delay) implements Fault {
    }

    /** Resets the connection without forwarding: the call never reaches the service. */
    record Reset() implements Fault {
    }

    /** Forwards (the service acts on the call), then resets the connection instead of answering. */
    record ResetAfterForwarding() implements Fault {
    }

    // ------------------------------------------------------------------ DynamoDB (JSON 1.0 protocol)

    /**
     * {@code TransactionCanceledException} with one cancellation reason per item of the request, the
     * first {@code TransactionConflict} and the others {@code None}: what DynamoDB answers when
     * another transaction holds an item.
     */
    static Fault transactionConflict() {
        return transactionCancelled("TransactionConflict");
    }

    /**
     * {@code TransactionCanceledException} with one cancellation reason per item of the request: the
     * first {@code code} (e.g. {@code ThrottlingError}, {@code TransactionConflict}), the others {@code None}.
     */
    static Fault transactionCancelled(String code) {
        return new Answer(code, 400, dynamoDbHeaders(), request -> {
            int items = Math.max(1, readJson(request).path("TransactItems").size());
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.put("__type", "com.amazonaws.dynamodb.v20120810#TransactionCanceledException");
            StringBuilder codes = new StringBuilder();
            ArrayNode reasons = body.putArray("CancellationReasons");
            for (int i = 0; i < items; i++) {
                ObjectNode reason = reasons.addObject().put("Code", i == 0 ? code : "None");
                if (i == 0) {
                    reason.put("Message", "TransactionConflict".equals(code)
                            ? "Transaction is ongoing for the item" : "Throughput exceeds the current capacity");
                }
                codes.append(i == 0 ? code : ", None");
            }
            body.put("Message", "Transaction cancelled, please refer cancellation reasons for specific reasons ["
                    + codes + "]");
            return body.toString();
        });
    }

    /** DynamoDB's request-rate throttle ({@code ThrottlingException}, 400). */
    static Fault dynamoDbThrottling() {
        return dynamoDbError("ThrottlingException", 400, "com.amazon.coral.availability#ThrottlingException",
                "Rate of requests exceeds the allowed throughput.");
    }

    /** A table's or index's throughput exceeded ({@code ProvisionedThroughputExceededException}, 400). */
    static Fault provisionedThroughputExceeded() {
        return dynamoDbError("ProvisionedThroughputExceeded", 400,
                "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException",
                "The level of configured provisioned throughput for the table was exceeded.");
    }

    private static Fault dynamoDbError(String name, int status, String type, String message) {
        String body = JsonNodeFactory.instance.objectNode().put("__type", type).put("message", message).toString();
        return new Answer(name, status, dynamoDbHeaders(), request -> body);
    }

    private static Map<String, String> dynamoDbHeaders() {
        return Map.of("Content-Type", "application/x-amz-json-1.0");
    }

    // ------------------------------------------------------------------ SES v2 (REST-JSON protocol)

    /** SES v2's sending-rate refusal ({@code TooManyRequestsException}, 429). */
    static Fault sesTooManyRequests() {
        return restJsonError("TooManyRequests", 429, "TooManyRequestsException", "Too many requests.");
    }

    /** SES v2's refusal of this message ({@code MessageRejected}, 400), e.g. an unverified sender or a virus. */
    static Fault sesMessageRejected() {
        return restJsonError("MessageRejected", 400, "MessageRejected", "Email address is not verified.");
    }

    private static Fault restJsonError(String name, int status, String code, String message) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("x-amzn-ErrorType", code);
        String body = JsonNodeFactory.instance.objectNode().put("message", message).toString();
        return new Answer(name, status, headers, request -> body);
    }

    // ------------------------------------------------------------------ any service

    /** A plain 500 {@code InternalFailure}, which every JSON protocol reads as a service error. */
    static Fault internalError() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("x-amzn-ErrorType", "InternalFailure");
        String body = JsonNodeFactory.instance.objectNode().put("__type", "InternalFailure")
                .put("message", "We encountered an internal error. Please try again.").toString();
        return new Answer("InternalError", 500, headers, request -> body);
    }

    static Fault delay(Duration delay) {
        return new Delay(delay);
    }

    static Fault reset() {
        return new Reset();
    }

    static Fault resetAfterForwarding() {
        return new ResetAfterForwarding();
    }

    private static JsonNode readJson(byte[] body) {
        try {
            return new ObjectMapper().readTree(new String(body, StandardCharsets.UTF_8));
        } catch (IOException notJson) {
            return JsonNodeFactory.instance.objectNode();
        }
    }
}
