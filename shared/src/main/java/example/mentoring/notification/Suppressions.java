package example.mentoring.notification;

import static example.mentoring.aws.Attributes.n;
import static example.mentoring.aws.Attributes.s;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Table;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The suppression list: addresses that bounced for good or complained, which the sender never
 * emails again (SES's reputation is the program's). One item per address, the latest event's
 * reason, time and SES feedback id. The only class that knows the table.
 */
public final class Suppressions {

    /** Why an address is suppressed. */
    public enum Reason {
        BOUNCE, COMPLAINT
    }

    /** One suppressed address: why, when, and which SES feedback said so. */
    public record Suppression(String email, Reason reason, Instant suppressedAt, String feedbackId) {
    }

    private final DynamoDbClient dynamo;
    private final String table;

    public Suppressions(AwsClients aws) {
        this.dynamo = aws.dynamoDb();
        this.table = aws.environment().tableName(Table.SUPPRESSIONS);
    }

    /** Records (or refreshes) the suppression of one address; the same feedback twice changes nothing. */
    public void suppress(Suppression suppression) {
        dynamo.putItem(r -> r.tableName(table).item(Map.of(
                "email", s(normalized(suppression.email())),
                "reason", s(suppression.reason().name()),
                "suppressedAt", n(suppression.suppressedAt().toEpochMilli()),
                "feedbackId", s(suppression.feedbackId()))));
    }

    public Optional<Suppression> find(String email) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of("email", s(normalized(email))))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Suppression(item.get("email").s(), Reason.valueOf(item.get("reason").s()),
                Instant.ofEpochMilli(Long.parseLong(item.get("suppressedAt").n())), item.get("feedbackId").s()));
    }

    /**
     * Forgets the address (an erasure): the suppression goes with it, so the list holds no
     * address of an erased person; should they apply again, a new bounce or complaint suppresses
     * them again. Whether there was one.
     */
    public boolean forget(String email) {
        var old = dynamo.deleteItem(r -> r.tableName(table).key(Map.of("email", s(normalized(email))))
                .returnValues(software.amazon.awssdk.services.dynamodb.model.ReturnValue.ALL_OLD)).attributes();
        return old != null && !old.isEmpty();
    }

    /** Mailbox providers treat addresses case-insensitively in practice; one spelling per address. */
    static String normalized(String email) {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
