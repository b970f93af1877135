package example.mentoring.application;

import static example.mentoring.emulator.EventFixtures.http;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.cohort.Cohort;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.Cohorts;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.EventFixtures;
import example.mentoring.emulator.Fault;
import example.mentoring.emulator.FaultProxy;
import example.mentoring.emulator.FaultyMoto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.emulator.Operation;
import example.mentoring.emulator.When;
import example.mentoring.fixtures.Seed;
import example.mentoring.json.Json;
import example.mentoring.log.Log;
import example.mentoring.notification.Notifications;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FaultyMoto.class)
@DisplayName("Contention: 100 parallel submissions to one cohort under TransactionConflict bursts")
class ContentionIT {

    static final Instant OPENS = Instant.parse("2027-01-15T06:00:00Z");
    static final Instant DEADLINE = Instant.parse("2027-02-25T05:59:59Z");
    static final int SUBMISSIONS = 100;

    FaultProxy proxy;
    SubmitApplicationHandler handler;
    Cohorts cohorts;
    Applications applications;
    Notifications notifications;
    ByteArrayOutputStream logs = new ByteArrayOutputStream();

    @BeforeEach
    void setUp(EmulatedStack stack, FaultProxy proxy) {
        this.proxy = proxy;
        Environment environment = Environment.of(stack.environmentOf("SubmitApplicationFunction"));
        AwsClients aws = new AwsClients(environment);
        MutableClock clock = new MutableClock(OPENS.plus(Duration.ofDays(1)));
        handler = new SubmitApplicationHandler(environment, clock);
        cohorts = new Cohorts(aws);
        applications = new Applications(aws);
        notifications = new Notifications(aws);
        Seed.cohort().withDates(OPENS, DEADLINE).addTo(aws);
        Log.redirect(new PrintStream(logs, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreLog() {
        Log.redirect(System.out);
    }

    static APIGatewayV2HTTPEvent submission(int i) {
        APIGatewayV2HTTPEvent event = http("submit-application/submit-mentee.json");
        ObjectNode form = (ObjectNode) Json.parseBody(event.getBody());
        form.put("email", "applicant" + i + "@example.org");
        event.getHeaders().put("idempotency-key", "contention-" + i);
        return EventFixtures.withBody(event, Json.write(form));
    }

    @Test
    @DisplayName("no 500: each answer is 201 or 503 with Retry-After, and what is stored is exactly what was acknowledged")
    void storedEqualsAcknowledged() throws Exception {
        proxy.inject(Operation.TRANSACT_WRITE_ITEMS, Fault.transactionConflict(), When.share(0.6, 2027));
        ExecutorService pool = Executors.newFixedThreadPool(SUBMISSIONS);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<APIGatewayV2HTTPResponse>> calls = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            APIGatewayV2HTTPEvent event = submission(i);
            calls.add(() -> {
                start.await();
                return handler.handleRequest(event, null);
            });
        }
        List<Future<APIGatewayV2HTTPResponse>> futures = new ArrayList<>();
        calls.forEach(call -> futures.add(pool.submit(call)));
        start.countDown();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> acknowledged = new ArrayList<>();
        for (Future<APIGatewayV2HTTPResponse> future : futures) {
            APIGatewayV2HTTPResponse response = future.get();
            statuses.merge(response.getStatusCode(), 1, Integer::sum);
            if (response.getStatusCode() == 201) {
                acknowledged.add(Json.parseBody(response.getBody()).path("applicationId").asText());
            } else if (response.getStatusCode() == 503) {
                assertEquals("1", response.getHeaders().get("retry-after"));
                assertTrue(response.getBody().contains("/problems/try-again"), response.getBody());
            }
        }
        pool.shutdown();

        assertTrue(statuses.keySet().stream().allMatch(s -> s == 201 || s == 503), "statuses: " + statuses);
        assertTrue(proxy.injected(Operation.TRANSACT_WRITE_ITEMS) >= SUBMISSIONS / 2,
                "conflicts injected: " + proxy.injected(Operation.TRANSACT_WRITE_ITEMS));
        assertTrue(acknowledged.size() > SUBMISSIONS / 2, "most got through after retries: " + statuses);

        List<Application> stored = applications.all("fall-2027");
        assertEquals(acknowledged.size(), stored.size(), "stored == acknowledged; statuses " + statuses);
        assertEquals(java.util.Set.copyOf(acknowledged),
                java.util.Set.copyOf(stored.stream().map(Application::applicationId).toList()));
        assertEquals(new Cohort.ApplicationCounts(0, acknowledged.size(), 0),
                cohorts.find(new CohortId("fall-2027")).orElseThrow().counts(), "the cohort counted each once");
        for (String applicationId : acknowledged) {
            assertTrue(notifications.find("ack-" + applicationId).isPresent(), "acknowledgement of " + applicationId);
        }
        assertFalse(logs.toString(StandardCharsets.UTF_8).contains("internal-error"));
    }

    @Test
    @DisplayName("a refused submission (503) can be sent again with the same Idempotency-Key and is stored once")
    void retryAfterTryAgain() {
        proxy.inject(Operation.TRANSACT_WRITE_ITEMS, Fault.transactionConflict(), When.firstCalls(6));
        APIGatewayV2HTTPResponse refused = handler.handleRequest(submission(1), null);
        assertEquals(503, refused.getStatusCode(), refused.getBody());
        assertEquals("1", refused.getHeaders().get("retry-after"));
        assertTrue(applications.all("fall-2027").isEmpty());

        APIGatewayV2HTTPResponse again = handler.handleRequest(submission(1), null);
        assertEquals(201, again.getStatusCode(), again.getBody());
        APIGatewayV2HTTPResponse replayed = handler.handleRequest(submission(1), null);
        assertEquals(201, replayed.getStatusCode());
        assertEquals("true", replayed.getHeaders().get("idempotent-replayed"));
        assertEquals(1, applications.all("fall-2027").size());
    }
}
