package example.mentoring.idempotency;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.ContainsAny;
import example.mentoring.aws.Table;
import example.mentoring.aws.Write;
import example.mentoring.http.ApiResponse;
import example.mentoring.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;

/** The idempotency table: one item per (route, caller, key), expired by TTL after 24 hours. */
final class IdempotencyRecords {

    static final Duration KEPT = Duration.ofHours(24);

    private final DynamoDbClient dynamo;
    private final String table;

    IdempotencyRecords(AwsClients aws) {
        this.dynamo = aws.dynamoDb();
        this.table = aws.environment().tableName(Table.IDEMPOTENCY);
    }

    Optional<StoredResponse> find(String key, Instant now) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of("idempotencyKey", AttributeValue.fromS(key)))).item();
        if (item == null || item.isEmpty() || Long.parseLong(item.get("expiresAt").n()) <= now.getEpochSecond()) {
            return Optional.empty();
        }
        boolean completed = "COMPLETED".equals(item.get("state").s());
        return Optional.of(new StoredResponse(item.get("requestHash").s(), completed,
                Long.parseLong(item.get("lockedUntil").n()),
                completed ? Integer.parseInt(item.get("status").n()) : 0,
                completed ? headers(item.get("headers").s()) : Map.of(),
                completed ? item.get("body").s() : ""));
    }

    private static Map<String, String> headers(String json) {
        Map<String, String> headers = new LinkedHashMap<>();
        Json.parseBody(json).fields().forEachRemaining(field -> headers.put(field.getKey(), field.getValue().asText()));
        return headers;
    }

    /** Takes the key for this request; false when another request holds it (or finished with it). */
    boolean lock(String key, String requestHash, Instant now, Duration lockFor) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("idempotencyKey", AttributeValue.fromS(key));
        item.put("requestHash", AttributeValue.fromS(requestHash));
        item.put("state", AttributeValue.fromS("IN_PROGRESS"));
        item.put("lockedUntil", AttributeValue.fromN(Long.toString(now.plus(lockFor).toEpochMilli())));
        item.put("expiresAt", AttributeValue.fromN(Long.toString(now.plus(KEPT).getEpochSecond())));
        try {
            dynamo.putItem(r -> r.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(idempotencyKey) OR expiresAt <= :nowSeconds"
                            + " OR (#state = :inProgress AND lockedUntil <= :nowMillis)")
                    .expressionAttributeNames(Map.of("#state", "state"))
                    .expressionAttributeValues(Map.of(
                            ":nowSeconds", AttributeValue.fromN(Long.toString(now.getEpochSecond())),
                            ":nowMillis", AttributeValue.fromN(Long.toString(now.toEpochMilli())),
                            ":inProgress", AttributeValue.fromS("IN_PROGRESS"))));
            return true;
        } catch (ConditionalCheckFailedException taken) {
            return false;
        }
    }

    void complete(String key, String requestHash, ApiResponse response, Instant now) {
        dynamo.putItem(r -> r.tableName(table).item(completedItem(key, requestHash, response, now)));
    }

    /** The same record, as a write of the route's own transaction, valid only while our lock holds. */
    Write completion(String key, String requestHash, ApiResponse response, Instant now) {
        return Write.put(Put.builder().tableName(table)
                .item(completedItem(key, requestHash, response, now))
                .conditionExpression("requestHash = :hash AND #state = :inProgress")
                .expressionAttributeNames(Map.of("#state", "state"))
                .expressionAttributeValues(Map.of(":hash", AttributeValue.fromS(requestHash),
                        ":inProgress", AttributeValue.fromS("IN_PROGRESS")))
                .build());
    }

    private static Map<String, AttributeValue> completedItem(String key, String requestHash, ApiResponse response,
                                                             Instant now) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("idempotencyKey", AttributeValue.fromS(key));
        item.put("requestHash", AttributeValue.fromS(requestHash));
        item.put("state", AttributeValue.fromS("COMPLETED"));
        item.put("lockedUntil", AttributeValue.fromN("0"));
        item.put("expiresAt", AttributeValue.fromN(Long.toString(now.plus(KEPT).getEpochSecond())));
        item.put("status", AttributeValue.fromN(Integer.toString(response.status())));
        item.put("headers", AttributeValue.fromS(Json.write(response.headers())));
        item.put("body", AttributeValue.fromS(response.body()));
        return item;
    }

    /** The keys of completed records whose stored answer contains any of {@code mentions}: a scan (the table holds a day's keys). */
    List<String> keysMentioning(List<String> mentions) {
        ContainsAny named = answerContains(mentions);
        Map<String, AttributeValue> values = new HashMap<>(named.values());
        values.put(":completed", AttributeValue.fromS("COMPLETED"));
        List<String> keys = new ArrayList<>();
        dynamo.scanPaginator(r -> r.tableName(table).projectionExpression("idempotencyKey")
                        .filterExpression("#state = :completed AND " + named.condition())
                        .expressionAttributeNames(Map.of("#state", "state"))
                        .expressionAttributeValues(values))
                .items().forEach(item -> keys.add(item.get("idempotencyKey").s()));
        return keys;
    }

    /** Replaces the record's stored answer by {@code answer} if it still contains any of {@code mentions}; whether it did. */
    boolean replaceAnswer(String key, List<String> mentions, ApiResponse answer) {
        ContainsAny named = answerContains(mentions);
        Map<String, AttributeValue> values = new HashMap<>(named.values());
        values.put(":status", AttributeValue.fromN(Integer.toString(answer.status())));
        values.put(":headers", AttributeValue.fromS(Json.write(answer.headers())));
        values.put(":body", AttributeValue.fromS(answer.body()));
        try {
            dynamo.updateItem(r -> r.tableName(table).key(Map.of("idempotencyKey", AttributeValue.fromS(key)))
                    .updateExpression("SET #status = :status, headers = :headers, body = :body")
                    .conditionExpression(named.condition())
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException goneOrReplaced) {
            return false;
        }
    }

    private static ContainsAny answerContains(List<String> mentions) {
        return ContainsAny.of("body", ":m", mentions);
    }

    void release(String key) {
        dynamo.deleteItem(r -> r.tableName(table).key(Map.of("idempotencyKey", AttributeValue.fromS(key))));
    }
}
