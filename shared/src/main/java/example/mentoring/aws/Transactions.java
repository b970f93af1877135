package example.mentoring.aws;

import java.util.List;
import java.util.UUID;
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
     * Writes every item or none. Each call gets a fresh client request token: the SDK resends the
     * same token when it retries the call, so a retried transaction that did succeed is a no-op
     * rather than a conflict, while two different calls can never be taken for one (DynamoDB
     * refuses a known token with other items for 10 minutes).
     */
    public void write(List<TransactWriteItem> items) {
        try {
            dynamo.transactWriteItems(r -> r.clientRequestToken(UUID.randomUUID().toString()).transactItems(items));
        } catch (TransactionCanceledException cancelled) {
            List<CancellationReason> reasons = cancelled.hasCancellationReasons() ? cancelled.cancellationReasons() : List.of();
            if (reasons.stream().anyMatch(r -> "ConditionalCheckFailed".equals(r.code()))) {
                throw new ConditionsFailed(reasons.stream().map(r -> "ConditionalCheckFailed".equals(r.code())).toList());
            }
            throw cancelled;
        }
    }

    /**
     * Writes groups, each all or nothing, several groups to a transaction; when a transaction is
     * refused because some of its groups were written before (a repeated or resumed operation),
     * it is redone group by group and those are skipped.
     */
    public void writeOnce(List<List<TransactWriteItem>> groups, int groupsPerTransaction) {
        for (int start = 0; start < groups.size(); start += groupsPerTransaction) {
            List<List<TransactWriteItem>> batch = groups.subList(start, Math.min(groups.size(), start + groupsPerTransaction));
            try {
                write(batch.stream().flatMap(List::stream).toList());
            } catch (ConditionsFailed someWrittenBefore) {
                for (List<TransactWriteItem> group : batch) {
                    try {
                        write(group);
                    } catch (ConditionsFailed writtenBefore) {
                        // this group's writes are already there
                    }
                }
            }
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
