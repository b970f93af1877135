package example.mentoring.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.EventFixtures;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.fixtures.Seed;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Moto.class)
@DisplayName("The close-cohort function closes at the deadline, once, and sweeps up overdue cohorts")
class CloseCohortHandlerIT {

    static final Instant DEADLINE = Instant.parse("2027-02-25T05:59:59Z");

    MutableClock clock;
    AwsClients aws;
    Cohorts cohorts;
    CloseCohortHandler handler;

    @BeforeEach
    void setUp(EmulatedStack stack) {
        Environment environment = Environment.of(stack.environmentOf("CloseCohortFunction"));
        clock = new MutableClock(DEADLINE.plusSeconds(2));
        aws = new AwsClients(environment);
        cohorts = new Cohorts(aws);
        handler = new CloseCohortHandler(environment, clock);
    }

    void add(String id, Instant deadline) {
        Seed.cohort().withId(id, id).withDates(deadline.minus(Duration.ofDays(30)), deadline).addTo(aws);
    }

    JsonNode invoke(String payload) throws IOException {
        return Invocations.invoke(handler, payload);
    }

    @Test
    @DisplayName("the deadline schedule's event closes the cohort, recording the deadline")
    void scheduleCloses() throws IOException {
        add("fall-2027", DEADLINE);
        invoke(EventFixtures.json("close-cohort/deadline-schedule.json"));
        Cohort closed = cohorts.find(new CohortId("fall-2027")).orElseThrow();
        assertEquals(Optional.of(DEADLINE), closed.closedAt());
        assertEquals(CohortStatus.CLOSED, closed.statusAt(clock.instant()));
    }

    @Test
    @DisplayName("a second firing (schedule and sweep both) changes nothing")
    void idempotent() throws IOException {
        add("fall-2027", DEADLINE);
        invoke(EventFixtures.json("close-cohort/deadline-schedule.json"));
        clock.advance(Duration.ofMinutes(15));
        invoke(EventFixtures.json("close-cohort/overdue-sweep.json"));
        invoke(EventFixtures.json("close-cohort/deadline-schedule.json"));
        assertEquals(Optional.of(DEADLINE), cohorts.find(new CohortId("fall-2027")).orElseThrow().closedAt());
    }

    @Test
    @DisplayName("the sweep closes exactly the cohorts whose deadline passed")
    void sweep() throws IOException {
        add("overdue", DEADLINE.minusSeconds(60));
        add("still-open", DEADLINE.plus(Duration.ofDays(3)));
        JsonNode result = invoke(EventFixtures.json("close-cohort/overdue-sweep.json"));
        assertEquals("overdue", result.path("closed").get(0).asText());
        assertEquals(1, result.path("closed").size());
        assertTrue(cohorts.find(new CohortId("still-open")).orElseThrow().closedAt().isEmpty());
        assertEquals(Optional.of(DEADLINE.minusSeconds(60)), cohorts.find(new CohortId("overdue")).orElseThrow().closedAt());
    }

    @Test
    @DisplayName("an event for a cohort that no longer exists is logged and dropped, not retried")
    void unknownCohort() throws IOException {
        assertEquals(0, invoke("{\"cohortId\": \"gone\"}").path("closed").size());
        assertEquals(0, invoke("{\"something\": \"else\"}").path("closed").size());
    }
}
