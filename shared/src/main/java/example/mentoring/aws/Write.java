package example.mentoring.aws;

import example.mentoring.outcome.Refusal;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * One write of a transaction: a put, update, delete or condition check, and the domain outcome its
 * condition stands for when it does not hold ({@link #refusing}). Repositories make them (they
 * alone build the DynamoDB request inside); services only collect them into a list for
 * {@link Transactions}, which throws the named outcome of the first write whose condition failed.
 * A write that names none fails as {@link Transactions.ConditionsFailed} (a race the service
 * retries or reports itself).
 */
public final class Write {

    private final TransactWriteItem item;
    private final Supplier<? extends Refusal> refusal;

    private Write(TransactWriteItem item, Supplier<? extends Refusal> refusal) {
        this.item = item;
        this.refusal = refusal;
    }

    public static Write of(TransactWriteItem item) {
        return new Write(item, null);
    }

    public static Write put(Put put) {
        return of(TransactWriteItem.builder().put(put).build());
    }

    public static Write update(Update update) {
        return of(TransactWriteItem.builder().update(update).build());
    }

    public static Write delete(Delete delete) {
        return of(TransactWriteItem.builder().delete(delete).build());
    }

    public static Write check(ConditionCheck check) {
        return of(TransactWriteItem.builder().conditionCheck(check).build());
    }

    /** The same write, whose failed condition means {@code outcome} (made only when it fails). */
    public Write refusing(Supplier<? extends Refusal> outcome) {
        return new Write(item, outcome);
    }

    /** The outcome this write's failed condition stands for, if it names one. */
    public Optional<Refusal> refusal() {
        return refusal == null ? Optional.empty() : Optional.of(refusal.get());
    }

    /** The DynamoDB request inside: for the transaction runner, and tests that drive DynamoDB directly. */
    public TransactWriteItem sdkItem() {
        return item;
    }

    @Override
    public String toString() {
        return "Write[" + (item.put() != null ? "put " + item.put().tableName()
                : item.update() != null ? "update " + item.update().tableName()
                : item.delete() != null ? "delete " + item.delete().tableName()
                : item.conditionCheck() != null ? "check " + item.conditionCheck().tableName() : "?")
                + (refusal == null ? "" : ", named outcome") + "]";
    }
}
