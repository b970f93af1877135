package example.mentoring.post;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Table;
import example.mentoring.notification.OptOuts;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Newsletter subscribers, keyed by address: each gets a random subscriber id when a newsletter is
 * first queued for them (what unsubscribe links name, so no link carries the address), and an
 * {@code unsubscribedAt} once they opt out. Transactional emails are always sent.
 */
public final class Subscriptions implements OptOuts {

    static final String BY_SUBSCRIBER_ID = "bySubscriberId";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DynamoDbClient dynamo;
    private final String table;

    public Subscriptions(AwsClients aws) {
        this.dynamo = aws.dynamoDb();
        this.table = aws.environment().tableName(Table.SUBSCRIPTIONS);
    }

    /** The address's subscriber id, made on first use; the same id every time after. */
    public String subscriberId(String email) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String fresh = "s" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return dynamo.updateItem(r -> r.tableName(table)
                .key(Map.of("email", AttributeValue.fromS(email)))
                .updateExpression("SET subscriberId = if_not_exists(subscriberId, :id)")
                .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(fresh)))
                .returnValues(ReturnValue.ALL_NEW)).attributes().get("subscriberId").s();
    }

    /**
     * Records the opt-out of the subscriber with this id; doing it again keeps the first time.
     * False when no address has this id (any more).
     */
    public boolean unsubscribe(String subscriberId, Instant at) {
        Optional<String> email = emailOf(subscriberId);
        if (email.isEmpty()) {
            return false;
        }
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(Map.of("email", AttributeValue.fromS(email.get())))
                    .updateExpression("SET unsubscribedAt = if_not_exists(unsubscribedAt, :at)")
                    .conditionExpression("subscriberId = :id")
                    .expressionAttributeValues(Map.of(":at", AttributeValue.fromN(Long.toString(at.toEpochMilli())),
                            ":id", AttributeValue.fromS(subscriberId))));
            return true;
        } catch (ConditionalCheckFailedException goneMeanwhile) {
            return false;
        }
    }

    private Optional<String> emailOf(String subscriberId) {
        return dynamo.query(r -> r.tableName(table).indexName(BY_SUBSCRIBER_ID)
                        .keyConditionExpression("subscriberId = :id")
                        .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(subscriberId))))
                .items().stream().map(item -> item.get("email").s()).findFirst();
    }

    /** Forgets the address and its opt-out; whether there was anything to forget. */
    public boolean forget(String email) {
        var old = dynamo.deleteItem(r -> r.tableName(table).key(Map.of("email", AttributeValue.fromS(email)))
                .returnValues(ReturnValue.ALL_OLD)).attributes();
        return old != null && !old.isEmpty();
    }

    /** The address's subscription record: when it opted out of newsletters, if it did. */
    public Optional<Optional<Instant>> find(String email) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of("email", AttributeValue.fromS(email)))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Optional.ofNullable(item.get("unsubscribedAt"))
                .map(v -> Instant.ofEpochMilli(Long.parseLong(v.n()))));
    }

    /** Whether {@code email} opted out, read consistently (the sender asks just before sending). */
    @Override
    public boolean optedOut(String email) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of("email", AttributeValue.fromS(email)))).item();
        return item != null && item.containsKey("unsubscribedAt");
    }

    /** Those of {@code emails} who opted out. */
    public Set<String> unsubscribed(Collection<String> emails) {
        Set<String> out = new HashSet<>();
        List<String> all = List.copyOf(emails);
        for (int start = 0; start < all.size(); start += 100) {
            List<Map<String, AttributeValue>> keys = all.subList(start, Math.min(all.size(), start + 100)).stream()
                    .map(e -> Map.of("email", AttributeValue.fromS(e))).toList();
            Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
            while (!request.isEmpty()) {
                Map<String, KeysAndAttributes> ask = request;
                var response = dynamo.batchGetItem(r -> r.requestItems(ask));
                response.responses().getOrDefault(table, List.of()).stream()
                        .filter(item -> item.containsKey("unsubscribedAt"))
                        .forEach(item -> out.add(item.get("email").s()));
                request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
        return out;
    }
}
