package example.mentoring.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;
import software.amazon.awssdk.services.sesv2.model.SesV2Exception;
import software.amazon.awssdk.services.sesv2.model.TooManyRequestsException;

@ExtendWith(FaultyMoto.class)
@DisplayName("The fault proxy forwards to Moto and injects each fault in the service's wire format")
class FaultProxyIT {

    static final String TABLE = "FaultProbe";
    static final Operation PUT_ITEM = Operation.dynamoDb("PutItem");
    static final Operation GET_ITEM = Operation.dynamoDb("GetItem");

    EmulatedStack stack;
    FaultProxy proxy;
    DynamoDbClient dynamo;
    SesV2Client ses;
    String sender;

    @BeforeEach
    void setUp(EmulatedStack stack, FaultProxy proxy) {
        this.stack = stack;
        this.proxy = proxy;
        dynamo = DynamoDbClient.builder().endpointOverride(stack.endpoint()).region(Region.of(StackTemplate.REGION))
                .credentialsProvider(EmulatedStack.credentials()).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(1))
                        .apiCallTimeout(Duration.ofMillis(1500))).build();
        ses = SesV2Client.builder().endpointOverride(stack.endpoint()).region(Region.of(StackTemplate.REGION))
                .credentialsProvider(EmulatedStack.credentials()).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(1))).build();
        dynamo.createTable(r -> r.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
        sender = "mentoring@" + EmulatedStack.domainOf(stack.template().parameterDefault("SenderEmail").orElseThrow());
    }

    @AfterEach
    void closeClients() {
        dynamo.close();
        ses.close();
    }

    void put(String id) {
        dynamo.putItem(r -> r.tableName(TABLE).item(Map.of("id", AttributeValue.fromS(id))));
    }

    boolean stored(String id) {
        return dynamo.getItem(r -> r.tableName(TABLE).consistentRead(true).key(Map.of("id", AttributeValue.fromS(id))))
                .hasItem();
    }

    void send(String to) {
        ses.sendEmail(r -> r.fromEmailAddress(sender).destination(d -> d.toAddresses(to))
                .content(c -> c.simple(m -> m.subject(s -> s.data("Hello")).body(b -> b.text(t -> t.data("Hi"))))));
    }

    TransactWriteItem putOf(String id) {
        return TransactWriteItem.builder().put(p -> p.tableName(TABLE).item(Map.of("id", AttributeValue.fromS(id)))).build();
    }

    @Test
    @DisplayName("without rules every call is forwarded and counted; nothing is injected")
    void forwards() {
        put("a");
        assertTrue(stored("a"));
        send("someone@example.org");
        assertEquals(1, SentEmails.read(stack.endpoint()).size());
        assertEquals(1, proxy.calls(PUT_ITEM));
        assertEquals(1, proxy.calls(GET_ITEM));
        assertEquals(1, proxy.calls(Operation.SES_SEND_EMAIL));
        assertEquals(0, proxy.injected(PUT_ITEM));
    }

    @Test
    @DisplayName("TransactionConflict: TransactionCanceledException with one reason per item, nothing written; the next call passes")
    void transactionConflict() {
        proxy.inject(Operation.TRANSACT_WRITE_ITEMS, Fault.transactionConflict(), When.firstCalls(1));
        TransactionCanceledException cancelled = assertThrows(TransactionCanceledException.class,
                () -> dynamo.transactWriteItems(r -> r.transactItems(putOf("a"), putOf("b"))));
        assertEquals(List.of("TransactionConflict", "None"),
                cancelled.cancellationReasons().stream().map(CancellationReason::code).toList());
        assertFalse(stored("a"));
        dynamo.transactWriteItems(r -> r.transactItems(putOf("a"), putOf("b")));
        assertTrue(stored("a") && stored("b"));
        assertEquals(2, proxy.calls(Operation.TRANSACT_WRITE_ITEMS));
        assertEquals(1, proxy.injected(Operation.TRANSACT_WRITE_ITEMS));
    }

    @Test
    @DisplayName("DynamoDB throttling: ThrottlingException and ProvisionedThroughputExceededException, both read as throttling")
    void dynamoDbThrottling() {
        proxy.inject(PUT_ITEM, Fault.dynamoDbThrottling(), When.firstCalls(1));
        proxy.inject(PUT_ITEM, Fault.provisionedThroughputExceeded(), When.firstCalls(1));
        DynamoDbException throttled = assertThrows(DynamoDbException.class, () -> put("a"));
        assertEquals("ThrottlingException", throttled.awsErrorDetails().errorCode());
        assertTrue(throttled.isThrottlingException());
        ProvisionedThroughputExceededException exceeded = assertThrows(ProvisionedThroughputExceededException.class,
                () -> put("a"));
        assertTrue(exceeded.isThrottlingException());
        put("a");
        assertTrue(stored("a"));
        assertEquals(2, proxy.injected(PUT_ITEM));
    }

    @Test
    @DisplayName("SES v2: TooManyRequestsException (429) and MessageRejectedException (400); nothing sent")
    void sesErrors() {
        proxy.inject(Operation.SES_SEND_EMAIL, Fault.sesTooManyRequests(), When.firstCalls(1));
        proxy.inject(Operation.SES_SEND_EMAIL, Fault.sesMessageRejected(), When.firstCalls(1));
        TooManyRequestsException tooMany = assertThrows(TooManyRequestsException.class, () -> send("a@example.org"));
        assertEquals(429, tooMany.statusCode());
        assertTrue(tooMany.isThrottlingException());
        MessageRejectedException rejected = assertThrows(MessageRejectedException.class, () -> send("a@example.org"));
        assertEquals(400, rejected.statusCode());
        assertTrue(SentEmails.read(stack.endpoint()).isEmpty());
        send("a@example.org");
        assertEquals(1, SentEmails.read(stack.endpoint()).size());
    }

    @Test
    @DisplayName("a plain 500 reads as the service's own exception with status 500, for DynamoDB and SES alike")
    void internalError() {
        proxy.inject(GET_ITEM, Fault.internalError(), When.always());
        proxy.inject(Operation.SES_SEND_EMAIL, Fault.internalError(), When.always());
        assertEquals(500, assertThrows(DynamoDbException.class, () -> stored("a")).statusCode());
        assertEquals(500, assertThrows(SesV2Exception.class, () -> send("a@example.org")).statusCode());
    }

    @Test
    @DisplayName("a delay beyond the client's timeout: the client gives up, the call still lands")
    void delay() {
        proxy.inject(PUT_ITEM, Fault.delay(Duration.ofMillis(2500)), When.firstCalls(1));
        assertThrows(ApiCallTimeoutException.class, () -> put("late"));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!stored("late") && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertTrue(stored("late"), "the delayed call was forwarded after the client gave up");
    }

    @Test
    @DisplayName("a reset before forwarding loses the call; a reset after forwarding loses only the answer")
    void resets() {
        proxy.inject(PUT_ITEM, Fault.reset(), When.firstCalls(1));
        SdkClientException lost = assertThrows(SdkClientException.class, () -> put("a"));
        assertInstanceOf(java.io.IOException.class, rootCause(lost));
        assertFalse(stored("a"));

        proxy.clear();
        proxy.inject(PUT_ITEM, Fault.resetAfterForwarding(), When.firstCalls(1));
        assertThrows(SdkClientException.class, () -> put("b"));
        assertTrue(stored("b"), "the service acted before the answer was lost");
    }

    @Test
    @DisplayName("every k-th call and a seeded share pick the calls they say; rules are checked in order")
    void schedules() {
        proxy.inject(PUT_ITEM, Fault.internalError(), When.everyKth(3));
        int failed = 0;
        for (int i = 1; i <= 9; i++) {
            try {
                put("k" + i);
            } catch (DynamoDbException injected) {
                assertTrue(i % 3 == 0, "call " + i);
                failed++;
            }
        }
        assertEquals(3, failed);
        assertEquals(9, proxy.calls(PUT_ITEM));

        proxy.clear();
        proxy.inject(GET_ITEM, Fault.internalError(), When.share(0.5, 42));
        int refused = 0;
        for (int i = 0; i < 100; i++) {
            try {
                stored("x");
            } catch (DynamoDbException injected) {
                refused++;
            }
        }
        assertEquals(refused, proxy.injected(GET_ITEM));
        assertTrue(refused > 30 && refused < 70, "about half: " + refused);
    }

    static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
