package example.mentoring.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import example.mentoring.application.Applications;
import example.mentoring.application.BulkApplications;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Transactions;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.Cohorts;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.emulator.StackState;
import example.mentoring.fixtures.Priming;
import example.mentoring.fixtures.Seed;
import example.mentoring.json.Json;
import example.mentoring.matchengine.MatchingEngine;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.Outbox;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Moto.class)
@DisplayName("The confirm-matches function's SnapStart priming")
class ConfirmMatchesPrimingIT {

    static final CohortId COHORT = new CohortId("fall-2027");
    static final Instant OPENS = Instant.parse("2027-01-15T06:00:00Z");
    static final Instant DEADLINE = Instant.parse("2027-02-25T05:59:59Z");

    @Test
    @DisplayName("lists the runs being confirmed but confirms nothing: no match, email or account, a confirming run included")
    void primingChangesNothing(EmulatedStack stack) {
        Environment environment = Environment.of(stack.environmentOf("ConfirmMatchesFunction"));
        AwsClients aws = new AwsClients(environment);
        MutableClock clock = new MutableClock(DEADLINE.plus(Duration.ofHours(1)));
        // a run being confirmed, not a step written: a pass of the worker would write its matches
        Seed.cohort().withDates(OPENS, DEADLINE).addTo(aws);
        Cohorts cohorts = new Cohorts(aws);
        cohorts.recordClose(COHORT, DEADLINE);
        Applications applications = new Applications(aws);
        MatchingRuns runs = new MatchingRuns(aws);
        ConfirmationPlanner planner = new ConfirmationPlanner(applications, new Matches(aws),
                new Outbox(new Notifications(aws), clock), "ALSC Mentoring", "https://mentoring.example.org");
        MatchConfirmation confirmation = new MatchConfirmation(cohorts, runs, planner, new ConfirmationWorker(cohorts,
                runs, planner, new ParticipantAccounts(aws), new Transactions(aws), clock), clock);
        BulkApplications.write(aws, COHORT.value(), 2, 1, 2, OPENS.plus(Duration.ofDays(1)));
        MatchingRun run = new MatchingRunner(cohorts, applications, runs, new Matches(aws), new MatchingEngine(), clock)
                .run(COHORT, RunRequest.of(Json.parseBody("{}")));
        assertEquals(MatchingRun.RunStatus.CONFIRMING, confirmation.confirm(COHORT, run.runId(), () -> false).status());
        StackState before = StackState.read(stack);

        String log = Priming.logOf(new ConfirmMatchesPriming(new ConfirmMatchesHandler(environment)));

        assertEquals(before, StackState.read(stack));
        assertTrue(log.contains("\"priming.done\""), log);
        assertFalse(log.contains("priming.step.failed"), log);
    }
}
