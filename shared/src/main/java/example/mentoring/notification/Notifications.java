package example.mentoring.notification;

import static example.mentoring.aws.Attributes.s;
import static example.mentoring.aws.Attributes.n;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.PageTokens;
import example.mentoring.aws.Table;
import example.mentoring.http.Page;
import example.mentoring.notification.email.EmailKind;
import example.mentoring.notification.email.EmailMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The outbox table, and the only class that knows how entries are stored. Entries move between
 * states by conditional updates only, so that two senders never both deliver one entry.
 */
public final class Notifications {

    static final String BY_STATUS = "byStatus";

    private final DynamoDbClient dynamo;
    private final String table;

    public Notifications(AwsClients aws) {
        this.dynamo = aws.dynamoDb();
        this.table = aws.environment().tableName(Table.NOTIFICATIONS);
    }

    /** A put of a new PENDING entry, for the caller's transaction; refused if the id exists. */
    TransactWriteItem newEntry(String notificationId, String recipient, EmailMessage message, Instant now) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("notificationId", s(notificationId));
        item.put("status", s(NotificationStatus.PENDING.name()));
        item.put("kind", s(message.kind().name()));
        item.put("recipient", s(recipient));
        item.put("message", s(EmailMessages.toJson(message)));
        item.put("attempts", n(0));
        item.put("createdAt", n(now.toEpochMilli()));
        item.put("updatedAt", n(now.toEpochMilli()));
        item.put("nextAttemptAt", n(now.toEpochMilli()));
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                .conditionExpression("attribute_not_exists(notificationId)").build()).build();
    }

    public Optional<Notification> find(String notificationId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of("notificationId", s(notificationId)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toNotification(item));
    }

    /** Entries in one state, newest first. */
    public Page<Notification> list(NotificationStatus status, Page.Request page) {
        QueryRequest.Builder query = QueryRequest.builder().tableName(table).indexName(BY_STATUS)
                .keyConditionExpression("#status = :status")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":status", s(status.name())))
                .scanIndexForward(false);
        if (page.limited()) {
            query.limit(page.limit());
        }
        PageTokens.Scope scope = PageTokens.scope("notifications/" + BY_STATUS, "status", status.name())
                .string("notificationId").number("createdAt");
        page.nextToken().map(scope::decode).ifPresent(query::exclusiveStartKey);
        QueryResponse response = dynamo.query(query.build());
        return new Page<>(response.items().stream().map(Notifications::toNotification).toList(),
                scope.encode(response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null));
    }

    /** Ids of pending entries whose next attempt is due, oldest first. */
    List<String> due(Instant now, int max) {
        List<String> ids = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder query = QueryRequest.builder().tableName(table).indexName(BY_STATUS)
                    .keyConditionExpression("#status = :pending")
                    .filterExpression("nextAttemptAt <= :now")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":pending", s(NotificationStatus.PENDING.name()),
                            ":now", n(now.toEpochMilli())))
                    .projectionExpression("notificationId")
                    .limit(max);
            if (start != null) {
                query.exclusiveStartKey(start);
            }
            QueryResponse response = dynamo.query(query.build());
            response.items().forEach(item -> ids.add(item.get("notificationId").s()));
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null && ids.size() < max);
        return ids.size() > max ? ids.subList(0, max) : ids;
    }

    /**
     * Takes a due entry for one delivery attempt, counting the attempt. Empty when it is not due,
     * not pending, or another sender holds it.
     */
    Optional<Notification> claim(String notificationId, String claimToken, Instant now) {
        try {
            Map<String, AttributeValue> item = dynamo.updateItem(r -> r.tableName(table)
                    .key(Map.of("notificationId", s(notificationId)))
                    .updateExpression("SET claimedUntil = :until, claimToken = :token, updatedAt = :now ADD attempts :one")
                    .conditionExpression("#status = :pending AND nextAttemptAt <= :now"
                            + " AND (attribute_not_exists(claimedUntil) OR claimedUntil <= :now)")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(
                            ":until", n(now.plus(DeliveryPolicy.CLAIM).toEpochMilli()),
                            ":token", s(claimToken),
                            ":now", n(now.toEpochMilli()),
                            ":one", n(1),
                            ":pending", s(NotificationStatus.PENDING.name())))
                    .returnValues(ReturnValue.ALL_NEW)).attributes();
            return Optional.of(toNotification(item));
        } catch (ConditionalCheckFailedException notOurs) {
            return Optional.empty();
        }
    }

    void markSent(String notificationId, String claimToken, String sesMessageId, Instant now) {
        updateClaimed(notificationId, claimToken,
                "SET #status = :sent, sentAt = :now, updatedAt = :now, sesMessageId = :messageId"
                        + " REMOVE claimedUntil, claimToken, nextAttemptAt",
                Map.of(":sent", s(NotificationStatus.SENT.name()), ":now", n(now.toEpochMilli()),
                        ":messageId", s(sesMessageId)));
    }

    void retryLater(String notificationId, String claimToken, String error, Instant next, Instant now) {
        updateClaimed(notificationId, claimToken,
                "SET nextAttemptAt = :next, lastError = :error, updatedAt = :now REMOVE claimedUntil, claimToken",
                Map.of(":next", n(next.toEpochMilli()), ":error", s(error), ":now", n(now.toEpochMilli())));
    }

    /** Puts a claimed entry back, due at {@code next}, without counting the attempt it was claimed for. */
    void postpone(String notificationId, String claimToken, Instant next) {
        updateClaimed(notificationId, claimToken,
                "SET nextAttemptAt = :next ADD attempts :minusOne REMOVE claimedUntil, claimToken",
                Map.of(":next", n(next.toEpochMilli()), ":minusOne", n(-1)));
    }

    /**
     * A claimed entry that must not go out (its recipient is suppressed or opted out): SUPPRESSED
     * with the reason, and the attempt it was claimed for is not counted, since nothing was tried.
     */
    void suppress(String notificationId, String claimToken, String reason, Instant now) {
        updateClaimed(notificationId, claimToken,
                "SET #status = :suppressed, suppressedReason = :reason, updatedAt = :now ADD attempts :minusOne"
                        + " REMOVE claimedUntil, claimToken, nextAttemptAt",
                Map.of(":suppressed", s(NotificationStatus.SUPPRESSED.name()), ":reason", s(reason),
                        ":now", n(now.toEpochMilli()), ":minusOne", n(-1)));
    }

    void giveUp(String notificationId, String claimToken, String error, Instant now) {
        updateClaimed(notificationId, claimToken,
                "SET #status = :failed, lastError = :error, updatedAt = :now REMOVE claimedUntil, claimToken, nextAttemptAt",
                Map.of(":failed", s(NotificationStatus.FAILED.name()), ":error", s(error), ":now", n(now.toEpochMilli())));
    }

    /** Puts a FAILED entry back to PENDING, due now, with a fresh count of attempts. */
    public boolean retry(String notificationId, Instant now) {
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(Map.of("notificationId", s(notificationId)))
                    .updateExpression("SET #status = :pending, attempts = :zero, nextAttemptAt = :now, updatedAt = :now")
                    .conditionExpression("#status = :failed")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":pending", s(NotificationStatus.PENDING.name()),
                            ":failed", s(NotificationStatus.FAILED.name()), ":zero", n(0), ":now", n(now.toEpochMilli()))));
            return true;
        } catch (ConditionalCheckFailedException notFailed) {
            return false;
        }
    }

    private void updateClaimed(String notificationId, String claimToken, String expression,
                               Map<String, AttributeValue> values) {
        Map<String, AttributeValue> all = new HashMap<>(values);
        all.put(":token", s(claimToken));
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(Map.of("notificationId", s(notificationId)))
                    .updateExpression(expression)
                    .conditionExpression("claimToken = :token")
                    .expressionAttributeNames(expression.contains("#status") ? Map.of("#status", "status") : null)
                    .expressionAttributeValues(all));
        } catch (ConditionalCheckFailedException claimLost) {
            // Our claim expired and another sender took the entry over; its outcome stands.
        }
    }

    private static Notification toNotification(Map<String, AttributeValue> item) {
        EmailKind kind = EmailKind.valueOf(item.get("kind").s());
        return new Notification(
                item.get("notificationId").s(),
                item.get("recipient").s(),
                EmailMessages.fromJson(kind, item.get("message").s()),
                NotificationStatus.valueOf(item.get("status").s()),
                Integer.parseInt(item.get("attempts").n()),
                instant(item.get("createdAt")).orElseThrow(),
                instant(item.get("updatedAt")).orElseThrow(),
                instant(item.get("nextAttemptAt")),
                instant(item.get("sentAt")),
                Optional.ofNullable(item.get("sesMessageId")).map(AttributeValue::s),
                Optional.ofNullable(item.get("lastError")).map(AttributeValue::s),
                Optional.ofNullable(item.get("suppressedReason")).map(AttributeValue::s));
    }

    private static Optional<Instant> instant(AttributeValue value) {
        return value == null || value.n() == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(Long.parseLong(value.n())));
    }
}
