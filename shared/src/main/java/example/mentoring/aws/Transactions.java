package example.mentoring.aws;

import example.mentoring.log.Log;
import example.mentoring.outcome.Refusal;
import example.mentoring.outcome.TryAgain;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * All-or-nothing writes across tables. A refused condition comes back as the domain outcome that
 * the first failed {@link Write} names ({@link Write#refusing}), or as {@link ConditionsFailed}
 * when the failed writes name none. A transaction
 * cancelled only because another one held an item ({@code TransactionConflict}) or because an item
 * was throttled is tried again with {@link Backoff}; when the attempts run out it is a
 * {@link TryAgain} (503 with {@code Retry-After}), never a 500. The SDK never retries a cancelled
 * transaction; a throttled call as a whole it retries by its standard strategy (see
 * {@link AwsClients}), and when that is spent the write is a {@link TryAgain} at once.
 */
public final class Transactions {

    /** Cancellation reasons that say "not now" rather than "not so": nothing was written, trying again may pass. */
    static final Set<String> TRANSIENT = Set.of("TransactionConflict", "ThrottlingError", "ProvisionedThroughputExceeded");
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    static final Duration RETRY_AFTER_THROTTLED = Duration.ofSeconds(2);

    private final DynamoDbClient dynamo;
    private final Backoff backoff;

    public Transactions(AwsClients aws) {
        this(aws, Backoff.forContention());
    }

    public Transactions(AwsClients aws, Backoff backoff) {
        this.dynamo = aws.dynamoDb();
        this.backoff = backoff;
    }

    /**
     * Writes every item or none. Each call gets a fresh client request token: the SDK resends the
     * same token when it retries the call, so a retried transaction that did succeed is a no-op
     * rather than a conflict, while two different calls can never be taken for one (DynamoDB
     * refuses a known token with other items for 10 minutes).
     */
    public void write(List<Write> writes) {
        try {
            attempt(writes);
        } catch (ConditionsFailed refused) {
            for (int i = 0; i < writes.size(); i++) {
                if (refused.failedAt(i)) {
                    Optional<Refusal> outcome = writes.get(i).refusal();
                    if (outcome.isPresent()) {
                        throw outcome.get();
                    }
                }
            }
            throw refused;
        }
    }

    /** One transaction, retried while contended; a failed condition is {@link ConditionsFailed}, whatever the writes name. */
    private void attempt(List<Write> writes) {
        List<TransactWriteItem> items = writes.stream().map(Write::sdkItem).toList();
        Duration paused = Duration.ZERO;
        for (int attempt = 1; ; attempt++) {
            try {
                dynamo.transactWriteItems(r -> r.clientRequestToken(UUID.randomUUID().toString()).transactItems(items));
                return;
            } catch (TransactionCanceledException cancelled) {
                List<CancellationReason> reasons = cancelled.hasCancellationReasons() ? cancelled.cancellationReasons() : List.of();
                if (reasons.stream().anyMatch(r -> "ConditionalCheckFailed".equals(r.code()))) {
                    throw new ConditionsFailed(reasons.stream().map(r -> "ConditionalCheckFailed".equals(r.code())).toList());
                }
                if (reasons.stream().noneMatch(r -> TRANSIENT.contains(r.code()))) {
                    throw cancelled;
                }
                Optional<Duration> pause = backoff.next(attempt, paused);
                if (pause.isEmpty()) {
                    Log.warn("transaction.contended", Map.of("attempts", attempt));
                    throw new TryAgain("The service is busy with other requests for the same data; nothing was"
                            + " stored. Try again in a moment.", RETRY_AFTER);
                }
                backoff.sleep(pause.get());
                paused = paused.plus(pause.get());
            } catch (DynamoDbException refused) {
                if (!refused.isThrottlingException()) {
                    throw refused;
                }
                // Still throttled after the SDK's own retries: more of ours would only add to the load.
                Log.warn("transaction.throttled", Map.of("attempts", attempt));
                throw new TryAgain("The service is receiving more requests than it can take right now; nothing"
                        + " was stored. Try again in a moment.", RETRY_AFTER_THROTTLED);
            }
        }
    }

    /**
     * Writes groups, each all or nothing, several groups to a transaction (see
     * {@link #writeGroups}): a repeated or resumed operation skips the groups written before and
     * still writes the rest in as few transactions. Answers how many groups were there before.
     */
    public int writeOnce(List<List<Write>> groups, int groupsPerTransaction) {
        int before = 0;
        for (int start = 0; start < groups.size(); start += groupsPerTransaction) {
            before += writeGroups(groups.subList(start, Math.min(groups.size(), start + groupsPerTransaction)), List.of());
        }
        return before;
    }

    /**
     * Writes {@code groups} (each all or nothing) and {@code with} (a checkpoint, say) in one
     * transaction. A group whose conditions fail was written before, by a repeated or resumed
     * operation: the cancellation reasons say which groups those are, they are dropped and the
     * rest is written again, in one transaction with {@code with}. Answers how many groups were
     * there before. If an item of {@code with} fails its condition nothing is written and the
     * {@link ConditionsFailed} names those items only (by their place in {@code with}).
     */
    public int writeGroups(List<List<Write>> groups, List<Write> with) {
        List<List<Write>> pending = List.copyOf(groups);
        int before = 0;
        while (!pending.isEmpty() || !with.isEmpty()) {
            List<Write> items = new ArrayList<>();
            pending.forEach(items::addAll);
            items.addAll(with);
            try {
                attempt(items);
                return before;
            } catch (ConditionsFailed refused) {
                List<List<Write>> notYet = new ArrayList<>();
                int offset = 0;
                for (List<Write> group : pending) {
                    boolean writtenBefore = false;
                    for (int i = 0; i < group.size(); i++) {
                        writtenBefore |= refused.failedAt(offset + i);
                    }
                    if (writtenBefore) {
                        before++;
                    } else {
                        notYet.add(group);
                    }
                    offset += group.size();
                }
                List<Boolean> withFailed = new ArrayList<>();
                for (int i = 0; i < with.size(); i++) {
                    withFailed.add(refused.failedAt(offset + i));
                }
                if (withFailed.contains(true)) {
                    throw new ConditionsFailed(withFailed);
                }
                if (notYet.size() == pending.size()) {
                    throw refused; // a condition failed outside every group: cannot happen, never loop on it
                }
                pending = notYet;
            }
        }
        return before;
    }

    /** The transaction was refused because one or more conditions did not hold, none of them naming an outcome. */
    public static final class ConditionsFailed extends RuntimeException {

        private final List<Boolean> failed;

        ConditionsFailed(List<Boolean> failed) {
            super("transaction conditions failed: " + failed, null, false, false);
            this.failed = List.copyOf(failed);
        }

        /** Whether the write at {@code index} failed its condition (for the runner itself: services name outcomes instead). */
        boolean failedAt(int index) {
            return index < failed.size() && failed.get(index);
        }
    }
}
