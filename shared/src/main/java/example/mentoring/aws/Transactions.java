package example.mentoring.aws;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * All-or-nothing writes across tables. A refused condition comes back as {@link ConditionsFailed}
 * naming which writes failed their conditions, so services can tell the caller why.
 */
public final class Transactions {

    private final DynamoDbClient dynamo;

    public Transactions(AwsClients aws) {
        this.dynamo = aws.dynamoDb();
    }

    /**
     * Writes every item or none. {@code token} makes an SDK retry of a transaction that did
     * succeed a no-op instead of a conflict (DynamoDB keeps it for 10 minutes).
     */
    public void write(String token, List<TransactWriteItem> items) {
        try {
            dynamo.transactWriteItems(r -> r.clientRequestToken(requestToken(token)).transactItems(items));
        } catch (TransactionCanceledException cancelled) {
            List<CancellationReason> reasons = cancelled.hasCancellationReasons() ? cancelled.cancellationReasons() : List.of();
            if (reasons.stream().anyMatch(r -> "ConditionalCheckFailed".equals(r.code()))) {
                throw new ConditionsFailed(reasons.stream().map(r -> "ConditionalCheckFailed".equals(r.code())).toList());
            }
            throw cancelled;
        }
    }

    /** DynamoDB takes tokens of at most 36 characters: longer ones are replaced by their digest. */
    static String requestToken(String token) {
        if (token.length() <= 36) {
            return token;
        }
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The transaction was refused because one or more conditions did not hold. */
    public static final class ConditionsFailed extends RuntimeException {

        private final List<Boolean> failed;

        ConditionsFailed(List<Boolean> failed) {
            super("transaction conditions failed: " + failed, null, false, false);
            this.failed = List.copyOf(failed);
        }

        public boolean failedAt(int index) {
            return index < failed.size() && failed.get(index);
        }
    }
}
