package example.mentoring.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import example.mentoring.application.Application;
import example.mentoring.application.Applications;
import example.mentoring.application.BulkApplications;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Setting;
import example.mentoring.aws.Table;
import example.mentoring.aws.Transactions;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.Cohorts;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.EventFixtures;
import example.mentoring.emulator.Fault;
import example.mentoring.emulator.FaultProxy;
import example.mentoring.emulator.FaultyMoto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.emulator.Operation;
import example.mentoring.fixtures.Seed;
import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.json.Json;
import example.mentoring.log.Log;
import example.mentoring.matchengine.MatchingEngine;
import example.mentoring.matchengine.Weights;
import com.github.f4b6a3.ulid.UlidCreator;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.Outbox;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FaultyMoto.class)
@DisplayName("The confirm-matches worker: checkpointed, leased, resumable after a pause or a crash")
class ConfirmMatchesHandlerIT {

    static final Instant OPENS = Instant.parse("2027-01-15T06:00:00Z");
    static final Instant DEADLINE = Instant.parse("2027-02-25T05:59:59Z");
    static final CohortId COHORT = new CohortId("fall-2027");
    static final Operation UPDATE_ITEM = Operation.dynamoDb("UpdateItem");

    MutableClock clock = new MutableClock(DEADLINE.plus(Duration.ofHours(1)));
    FaultProxy proxy;
    EmulatedStack stack;
    AwsClients aws;
    Environment environment;
    ConfirmMatchesHandler handler;
    MatchingRuns runs;
    MatchConfirmation confirmation;
    ConfirmationPlanner planner;
    MatchingRunner runner;

    @BeforeEach
    void setUp(EmulatedStack stack, FaultProxy proxy) {
        this.stack = stack;
        this.proxy = proxy;
        environment = Environment.of(stack.environmentOf("ConfirmMatchesFunction"));
        aws = new AwsClients(environment);
        handler = new ConfirmMatchesHandler(environment, clock);
        Cohorts cohorts = new Cohorts(aws);
        Applications applications = new Applications(aws);
        runs = new MatchingRuns(aws);
        planner = new ConfirmationPlanner(applications, new Matches(aws), new Outbox(new Notifications(aws), clock),
                "ALSC Mentoring", "https://mentoring.example.org");
        ConfirmationWorker worker = new ConfirmationWorker(cohorts, runs, planner, new ParticipantAccounts(aws),
                new Transactions(aws), clock);
        confirmation = new MatchConfirmation(cohorts, runs, planner, worker, clock);
        runner = new MatchingRunner(cohorts, applications, runs, new Matches(aws), new MatchingEngine(), clock);
        Seed.cohort().withDates(OPENS, DEADLINE).addTo(aws);
        cohorts.recordClose(COHORT, DEADLINE);
    }

    /** Seeds the cohort, runs matching, and starts confirming without writing a step (as a request out of time would). */
    MatchingRun started(int mentors, int capacity, int mentees) {
        List<Application> applications = BulkApplications.write(aws, COHORT.value(), mentors, capacity, mentees,
                OPENS.plus(Duration.ofDays(1)));
        MatchingRun run = proposed(applications);
        MatchingRun confirming = confirmation.confirm(COHORT, run.runId(), () -> false);
        assertEquals(MatchingRun.RunStatus.CONFIRMING, confirming.status());
        assertEquals(0, confirming.progress().confirmed());
        return confirming;
    }

    /**
     * A run of these applications, solved and stored as the runner would, from the list in hand
     * (reading 13 000 applications back is Moto's slowest call; the runner's own tests cover it).
     */
    MatchingRun proposed(List<Application> applications) {
        MatchingRun.Input input = new MatchingRun.Input(
                applications.stream().filter(Application::isMentor).map(Participants::of).toList(),
                applications.stream().filter(a -> !a.isMentor()).map(Participants::of).toList(),
                Weights.DEFAULT, List.of(), List.of());
        MatchingRun run = new MatchingRun(UlidCreator.getMonotonicUlid().toString(), COHORT.value(),
                MatchingRun.RunStatus.PROPOSED, clock.instant(), input, runner.solve(input), false, List.of(), null, RunScope.ALL, 0);
        runs.save(run);
        return run;
    }

    MatchingRun reread(MatchingRun run) {
        return runs.find(run.cohortId(), run.runId()).orElseThrow();
    }

    void wake(Context context) {
        wake(EventFixtures.json("confirm-matches/lease-sweep.json"), context);
    }

    /** Invokes the function with {@code event} (a stream's records or the schedule's sweep: either wakes one pass). */
    void wake(String event, Context context) {
        try {
            handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)),
                    new ByteArrayOutputStream(), context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Items in a table, as the emulator counts them at once (DynamoDB's own figure lags by hours). */
    int count(Table table) {
        return aws.dynamoDb().describeTable(r -> r.tableName(environment.tableName(table))).table().itemCount().intValue();
    }

    int users() {
        return aws.cognito().describeUserPool(r -> r.userPoolId(environment.required(Setting.USER_POOL_ID)))
                .userPool().estimatedNumberOfUsers();
    }

    @Test
    @DisplayName("10 000 pairs: a crash after 50 transactions (the 50th landed, its answer lost), then the next worker finishes with no step twice")
    void tenThousandPairsThroughACrash() {
        long started = System.nanoTime();
        MatchingRun run = started(3_334, 3, 10_000);
        long seeded = System.nanoTime();
        int pairs = run.result().proposals().size();
        assertEquals(10_000, pairs, "every mentee has a mentor");
        int batches = (pairs + ConfirmationPlan.PAIRS_PER_BATCH - 1) / ConfirmationPlan.PAIRS_PER_BATCH;
        int k = 50;

        // The k-th transaction reaches DynamoDB but its answer is lost; from then on the network is
        // gone (every retry, and the lease's hand-back): the worker dies holding its lease.
        AtomicBoolean down = new AtomicBoolean();
        proxy.inject(Operation.TRANSACT_WRITE_ITEMS, new Fault.ResetAfterForwarding(), rank -> {
            down.compareAndSet(false, rank == k);
            return rank == k;
        });
        proxy.inject(Operation.TRANSACT_WRITE_ITEMS, new Fault.Reset(), rank -> down.get());
        proxy.inject(UPDATE_ITEM, new Fault.Reset(), rank -> down.get());
        assertThrows(RuntimeException.class, () -> wake(null));

        proxy.clear();
        MatchingRun crashed = reread(run);
        assertEquals(MatchingRun.RunStatus.CONFIRMING, crashed.status());
        assertEquals(k * ConfirmationPlan.PAIRS_PER_BATCH, crashed.progress().confirmed(),
                "the checkpoint is written with its batch: the lost answer's batch counts");
        assertEquals(k * ConfirmationPlan.PAIRS_PER_BATCH, count(Table.MATCHES));

        wake(null);
        assertEquals(k * ConfirmationPlan.PAIRS_PER_BATCH, reread(run).progress().confirmed(),
                "while the dead worker's lease lasts, nobody else writes");
        assertEquals(0, proxy.calls(Operation.TRANSACT_WRITE_ITEMS));

        clock.advance(ConfirmationWorker.LEASE.plusSeconds(1));
        long resumed = System.nanoTime();
        for (int pass = 0; reread(run).status() != MatchingRun.RunStatus.CONFIRMED; pass++) {
            assertTrue(pass < 10, "finishes in a few passes");
            wake(null);
        }
        MatchingRun confirmed = reread(run);
        int invitations = 3_334 + 10_000;
        assertEquals(new MatchingRun.Progress(pairs + invitations, pairs + invitations), confirmed.progress());
        assertEquals(batches - k, proxy.calls(Operation.TRANSACT_WRITE_ITEMS),
                "the next worker writes each remaining batch in one transaction, from the checkpoint on");
        assertEquals(pairs, count(Table.MATCHES));
        assertEquals(2 * pairs, count(Table.NOTIFICATIONS), "two introductions per pair, none twice");
        assertEquals(invitations, users(), "every participant invited once");
        System.out.printf("Confirmation of %d pairs (%d steps) through a crash after %d of %d transactions:"
                        + " seed, match and start %d s; crash %d s; resume to CONFIRMED %d s%n",
                pairs, pairs + invitations, k, batches, Duration.ofNanos(seeded - started).toSeconds(),
                Duration.ofNanos(resumed - seeded).toSeconds(), Duration.ofNanos(System.nanoTime() - resumed).toSeconds());
    }

    @Test
    @DisplayName("a worker out of time gives its lease back at a checkpoint; the next wake goes on from there")
    void pausesAndGoesOn() {
        MatchingRun run = started(40, 3, 100);
        int steps = run.progress().of();
        AtomicInteger asked = new AtomicInteger();
        // asked for the pass, for the run, then before each batch: two batches, then time is up
        wake(new RemainingTime(() -> asked.incrementAndGet() <= 4 ? 600_000 : 1_000));
        MatchingRun paused = reread(run);
        assertEquals(MatchingRun.RunStatus.CONFIRMING, paused.status());
        assertEquals(2 * ConfirmationPlan.PAIRS_PER_BATCH, paused.progress().confirmed(), "two batches, then time was up");

        wake(new RemainingTime(() -> 600_000));
        MatchingRun confirmed = reread(run);
        assertEquals(MatchingRun.RunStatus.CONFIRMED, confirmed.status());
        assertEquals(new MatchingRun.Progress(steps, steps), confirmed.progress());
        assertEquals(100, count(Table.MATCHES));
        assertTrue(runs.confirming().isEmpty(), "off the worker's index once CONFIRMED");
    }

    @Test
    @DisplayName("groups written before without a checkpoint (an older confirmation that died) are skipped by their cancellation reasons, the rest of each batch still in one transaction")
    void skipsGroupsWrittenBefore() {
        MatchingRun run = started(20, 3, 50);
        ConfirmationPlan plan = planner.plan(new Cohorts(aws).find(COHORT).orElseThrow(), run,
                runs.lease(COHORT.value(), run.runId(), "probe", clock.instant(), clock.instant().minusSeconds(1))
                        .orElseThrow().startedAt());
        Transactions transactions = new Transactions(aws);
        for (int pair : List.of(0, 5, 34)) {   // two in the first batch, one in the second
            transactions.write(plan.pairs().get(pair));
        }
        proxy.clear();
        wake(null);
        assertEquals(MatchingRun.RunStatus.CONFIRMED, reread(run).status());
        assertEquals(50, count(Table.MATCHES));
        assertEquals(100, count(Table.NOTIFICATIONS));
        assertEquals(2 + 2, proxy.calls(Operation.TRANSACT_WRITE_ITEMS),
                "each of the two batches: refused once (naming the groups written before), then written whole");
    }

    @Test
    @DisplayName("a run whose lease another worker holds is left alone until the lease runs out")
    void leaseHeldElsewhere() {
        MatchingRun run = started(5, 1, 5);
        runs.lease(COHORT.value(), run.runId(), "another", clock.instant(), clock.instant().plus(ConfirmationWorker.LEASE));
        wake(null);
        assertEquals(0, reread(run).progress().confirmed());
        clock.advance(ConfirmationWorker.LEASE.plusSeconds(1));
        wake(EventFixtures.json("confirm-matches/run-confirming-stream.json"), null);
        assertEquals(MatchingRun.RunStatus.CONFIRMED, reread(run).status());
    }

    @Test
    @DisplayName("a run without progress is reported for the stuck-confirmation alarm: the seconds since its last checkpoint")
    void stalledRunReported() {
        MatchingRun run = started(5, 1, 5);
        runs.lease(COHORT.value(), run.runId(), "stuck", clock.instant(), clock.instant().plus(Duration.ofHours(1)));
        clock.advance(Duration.ofMinutes(16));
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        Log.redirect(new PrintStream(logs, true, StandardCharsets.UTF_8));
        try {
            wake(null);
        } finally {
            Log.redirect(System.out);
        }
        JsonNode metric = logs.toString(StandardCharsets.UTF_8).lines().map(Json::parseBody)
                .filter(line -> line.has(ConfirmationWorker.STALLED_METRIC)).findFirst().orElseThrow();
        assertEquals(16 * 60, metric.path(ConfirmationWorker.STALLED_METRIC).asInt());
        assertEquals("Seconds", metric.at("/_aws/CloudWatchMetrics/0/Metrics/0/Unit").asText());
        assertEquals("matching", metric.path("Service").asText());
    }

    /** A Lambda context whose remaining time is what {@code remaining} says each time it is asked. */
    record RemainingTime(java.util.function.IntSupplier remaining) implements Context {
        public String getAwsRequestId() { return "test"; }
        public String getLogGroupName() { return "test"; }
        public String getLogStreamName() { return "test"; }
        public String getFunctionName() { return "ConfirmMatchesFunction"; }
        public String getFunctionVersion() { return "$LATEST"; }
        public String getInvokedFunctionArn() { return "test"; }
        public CognitoIdentity getIdentity() { return null; }
        public ClientContext getClientContext() { return null; }
        public int getRemainingTimeInMillis() { return remaining.getAsInt(); }
        public int getMemoryLimitInMB() { return 1024; }
        public LambdaLogger getLogger() { return null; }
    }
}
