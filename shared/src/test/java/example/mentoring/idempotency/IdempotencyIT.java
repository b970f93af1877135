package example.mentoring.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Transactions;
import example.mentoring.aws.Write;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.EventFixtures;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.http.ApiRequest;
import example.mentoring.http.ApiResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;

@ExtendWith(Moto.class)
@DisplayName("An Idempotency-Key's first answer survives a crash right after the change it answers")
class IdempotencyIT {

    MutableClock clock = new MutableClock(Instant.parse("2027-02-01T12:00:00Z"));
    AwsClients aws;
    Idempotency idempotency;
    String table;

    @BeforeEach
    void setUp(EmulatedStack stack) {
        Map<String, String> environment = stack.environmentOf("SubmitApplicationFunction");
        aws = new AwsClients(Environment.of(environment));
        idempotency = new Idempotency(aws, clock);
        table = environment.get("COHORTS_TABLE");
    }

    static ApiRequest keyed() {
        APIGatewayV2HTTPEvent event = EventFixtures.http("submit-application/submit-mentee.json");
        event.getHeaders().put("idempotency-key", "crash-test");
        return new ApiRequest(event);
    }

    @Test
    @DisplayName("a route that stores its answer in its own transaction and then dies is replayed, not redone")
    void crashAfterTheTransaction() {
        AtomicInteger executions = new AtomicInteger();
        Function<ApiRequest, ApiResponse> route = idempotency.wrapTransactional((request, scope) -> {
            int run = executions.incrementAndGet();
            ApiResponse answer = ApiResponse.created(Map.of("run", run));
            List<Write> writes = new ArrayList<>(List.of(Write.put(Put.builder()
                    .tableName(table).item(Map.of("cohortId", AttributeValue.fromS("effect-" + run))).build())));
            writes.addAll(scope.completedWith(answer));
            new Transactions(aws).write(writes);
            throw new IllegalStateException("the function died before answering");
        });
        assertThrows(IllegalStateException.class, () -> route.apply(keyed()));

        ApiResponse retried = route.apply(keyed());
        assertEquals(201, retried.status());
        assertEquals("{\"run\":1}", retried.body());
        assertEquals(1, executions.get(), "the retry replays the stored answer; the change is not made again");
    }

    @Test
    @DisplayName("a plain route that fails on our side releases the key, so a retry does the work")
    void failureReleases() {
        AtomicInteger executions = new AtomicInteger();
        Function<ApiRequest, ApiResponse> route = idempotency.wrap(request -> {
            if (executions.incrementAndGet() == 1) {
                throw new IllegalStateException("transient");
            }
            return ApiResponse.created(Map.of("ok", true));
        });
        assertThrows(IllegalStateException.class, () -> route.apply(keyed()));
        assertEquals(201, route.apply(keyed()).status());
        assertEquals(2, executions.get());
    }
}
