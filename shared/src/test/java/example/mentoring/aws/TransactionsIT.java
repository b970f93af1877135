package example.mentoring.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.Fault;
import example.mentoring.emulator.FaultProxy;
import example.mentoring.emulator.FaultyMoto;
import example.mentoring.emulator.Operation;
import example.mentoring.emulator.When;
import example.mentoring.http.ApiResponse;
import example.mentoring.http.Problems;
import example.mentoring.outcome.ConcurrentUpdate;
import example.mentoring.outcome.TryAgain;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;

@ExtendWith(FaultyMoto.class)
@DisplayName("Contention and throttling through the fault proxy: retried with back-off, then 503 try-again, never a 500")
class TransactionsIT {

    FaultProxy proxy;
    AwsClients aws;
    String table;
    List<Duration> slept = new ArrayList<>();
    Transactions transactions;

    @BeforeEach
    void setUp(EmulatedStack stack, FaultProxy proxy) {
        this.proxy = proxy;
        Map<String, String> environment = stack.environmentOf("SubmitApplicationFunction");
        aws = new AwsClients(Environment.of(environment));
        table = environment.get("COHORTS_TABLE");
        transactions = new Transactions(aws, new Backoff(4, Duration.ofMillis(20), Duration.ofMillis(400),
                Duration.ofSeconds(5), slept::add, bound -> bound));
    }

    Write put(String id) {
        return Write.put(Put.builder().tableName(table)
                .item(Map.of("cohortId", AttributeValue.fromS(id))).build());
    }

    Write putNew(String id) {
        return Write.put(Put.builder().tableName(table)
                .item(Map.of("cohortId", AttributeValue.fromS(id)))
                .conditionExpression("attribute_not_exists(cohortId)").build());
    }

    boolean stored(String id) {
        return aws.dynamoDb().getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of("cohortId", AttributeValue.fromS(id)))).hasItem();
    }

    @Test
    @DisplayName("a TransactionConflict burst shorter than the attempts is absorbed: written once, after growing pauses")
    void conflictAbsorbed() {
        proxy.inject(Operation.TRANSACT_WRITE_ITEMS, Fault.transactionConflict(), When.firstCalls(3));
        transactions.write(List.of(put("a"), put("b")));
        assertTrue(stored("a") && stored("b"));
        assertEquals(4, proxy.calls(Operation.TRANSACT_WRITE_ITEMS));
        assertEquals(List.of(Duration.ofMillis(20), Duration.ofMillis(40), Duration.ofMillis(80)), slept);
    }

    @Test
    @DisplayName("a conflict that outlasts the attempts is a 503 try-again with Retry-After, and nothing is stored")
    void conflictPersists() {
        proxy.inject(Operation.TRANSACT_WRITE_ITEMS, Fault.transactionConflict(), When.always());
        TryAgain overloaded = assertThrows(TryAgain.class, () -> transactions.write(List.of(put("a"))));
        assertEquals(4, proxy.calls(Operation.TRANSACT_WRITE_ITEMS), "the attempt cap holds");
        assertEquals(3, slept.size());
        assertFalse(stored("a"));
        ApiResponse response = Problems.toResponse(overloaded);
        assertEquals(503, response.status());
        assertEquals("1", response.headers().get("retry-after"));
        assertTrue(response.body().contains("\"type\":\"https://mentoring.example/problems/try-again\""), response.body());
        assertFalse(response.body().contains("Transaction"), "no AWS error text: " + response.body());
    }

    @Test
    @DisplayName("a failed condition is an answer, not contention: never retried")
    void conditionNotRetried() {
        transactions.write(List.of(putNew("a")));
        assertThrows(Transactions.ConditionsFailed.class, () -> transactions.write(List.of(putNew("a"))));
        assertEquals(2, proxy.calls(Operation.TRANSACT_WRITE_ITEMS));
        assertTrue(slept.isEmpty());
    }

    @Test
    @DisplayName("a failed condition that names its domain outcome is that outcome, and nothing is stored")
    void namedOutcome() {
        transactions.write(List.of(putNew("a")));
        ConcurrentUpdate refused = assertThrows(ConcurrentUpdate.class, () -> transactions.write(List.of(
                put("b"), putNew("c"), putNew("a").refusing(() -> new ConcurrentUpdate("a was taken")))));
        assertEquals("a was taken", refused.detail());
        assertFalse(stored("b"));
        assertFalse(stored("c"));
        assertThrows(Transactions.ConditionsFailed.class, () -> transactions.write(List.of(put("b"), putNew("a"))),
                "a write that names nothing fails as ConditionsFailed");
    }

    @Test
    @DisplayName("a throttled item inside the transaction (reason ThrottlingError) is retried like a conflict")
    void throttledItemRetried() {
        proxy.inject(Operation.TRANSACT_WRITE_ITEMS, Fault.transactionCancelled("ThrottlingError"), When.firstCalls(2));
        transactions.write(List.of(put("a")));
        assertTrue(stored("a"));
        assertEquals(3, proxy.calls(Operation.TRANSACT_WRITE_ITEMS));
    }

    @Test
    @DisplayName("a throttled call, once the SDK's retries are spent (AWS_MAX_ATTEMPTS=1 here), is at once a 503 try-again")
    void throttledIsTryAgain() {
        proxy.inject(Operation.TRANSACT_WRITE_ITEMS, Fault.dynamoDbThrottling(), When.firstCalls(1));
        proxy.inject(Operation.TRANSACT_WRITE_ITEMS, Fault.provisionedThroughputExceeded(), When.firstCalls(1));
        TryAgain throttled = assertThrows(TryAgain.class, () -> transactions.write(List.of(put("a"))));
        assertEquals(1, proxy.calls(Operation.TRANSACT_WRITE_ITEMS), "neither the SDK nor the runner retried");
        assertEquals("2", Problems.toResponse(throttled).headers().get("retry-after"));
        assertThrows(TryAgain.class, () -> transactions.write(List.of(put("a"))));
        assertTrue(slept.isEmpty());
        transactions.write(List.of(put("a")));
        assertTrue(stored("a"));
    }

    @Test
    @DisplayName("by default the SDK's standard strategy retries a throttled call itself, 3 attempts in all")
    void sdkRetriesThrottling() {
        AwsClients withRetries = new AwsClients(Environment.of(Map.of(
                "AWS_ENDPOINT_URL", proxy.endpoint().toString(), "AWS_REGION", "us-east-1")));
        proxy.inject(Operation.dynamoDb("GetItem"), Fault.dynamoDbThrottling(), When.firstCalls(2));
        assertFalse(withRetries.dynamoDb().getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of("cohortId", AttributeValue.fromS("a")))).hasItem());
        assertEquals(3, proxy.calls(Operation.dynamoDb("GetItem")));

        proxy.clear();
        proxy.inject(Operation.TRANSACT_WRITE_ITEMS, Fault.dynamoDbThrottling(), When.always());
        assertThrows(TryAgain.class, () -> new Transactions(withRetries).write(List.of(put("a"))));
        assertEquals(3, proxy.calls(Operation.TRANSACT_WRITE_ITEMS), "the SDK's 3 attempts, none of the runner's");
    }

    @Test
    @DisplayName("writeGroups drops the groups written before, by their cancellation reasons, and writes the rest in one more transaction")
    void groupsWrittenBeforeSkipped() {
        transactions.write(List.of(putNew("b1"), putNew("b2")));
        transactions.write(List.of(putNew("d1")));
        proxy.clear();
        List<List<Write>> groups = List.of(List.of(putNew("a1"), putNew("a2")), List.of(putNew("b1"), putNew("b2")),
                List.of(putNew("c1")), List.of(putNew("d1")));
        assertEquals(2, transactions.writeGroups(groups, List.of(putNew("checkpoint"))));
        assertEquals(2, proxy.calls(Operation.TRANSACT_WRITE_ITEMS), "refused once, then the rest at once: no group alone");
        for (String id : List.of("a1", "a2", "c1", "checkpoint")) {
            assertTrue(stored(id), id);
        }
    }

    @Test
    @DisplayName("writeGroups: when an item written with the groups fails its condition, nothing is written and it is named")
    void withRefusedWritesNothing() {
        transactions.write(List.of(putNew("checkpoint")));
        Transactions.ConditionsFailed refused = assertThrows(Transactions.ConditionsFailed.class,
                () -> transactions.writeGroups(List.of(List.of(putNew("a1"))), List.of(putNew("other"), putNew("checkpoint"))));
        assertFalse(refused.failedAt(0));
        assertTrue(refused.failedAt(1));
        assertFalse(stored("a1"));
        assertFalse(stored("other"));
    }
}
