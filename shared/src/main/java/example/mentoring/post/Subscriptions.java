package example.mentoring.post;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Table;
import example.mentoring.notification.OptOuts;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/** Who opted out of newsletters (transactional emails are always sent). */
public final class Subscriptions implements OptOuts {

    private final DynamoDbClient dynamo;
    private final String table;

    public Subscriptions(AwsClients aws) {
        this.dynamo = aws.dynamoDb();
        this.table = aws.environment().tableName(Table.SUBSCRIPTIONS);
    }

    /** Records the opt-out; doing it again keeps the first time. */
    public void unsubscribe(String email, Instant at) {
        dynamo.updateItem(r -> r.tableName(table)
                .key(Map.of("email", AttributeValue.fromS(email)))
                .updateExpression("SET unsubscribedAt = if_not_exists(unsubscribedAt, :at)")
                .expressionAttributeValues(Map.of(":at", AttributeValue.fromN(Long.toString(at.toEpochMilli())))));
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
                response.responses().getOrDefault(table, List.of()).forEach(item -> out.add(item.get("email").s()));
                request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
        return out;
    }
}
