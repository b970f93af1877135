package example.mentoring.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.StackState;
import example.mentoring.fixtures.Priming;
import example.mentoring.fixtures.Seed;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Moto.class)
@DisplayName("The close-cohort function's SnapStart priming")
class CloseCohortPrimingIT {

    @Test
    @DisplayName("reads a cohort that does not exist and closes nothing, an overdue cohort included")
    void primingChangesNothing(EmulatedStack stack) throws Exception {
        Environment environment = Environment.of(stack.environmentOf("CloseCohortFunction"));
        AwsClients aws = new AwsClients(environment);
        // an overdue cohort, which a sweep would close
        Seed.cohort().withId("spring-2026", "Spring 2026")
                .withDates(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z")).addTo(aws);

        StackState before = StackState.read(stack);

        String log = Priming.logOf(new CloseCohortPriming(new CloseCohortHandler(environment)));

        assertEquals(before, StackState.read(stack));
        assertTrue(log.contains("\"priming.done\""), log);
        assertFalse(log.contains("priming.step.failed"), log);
    }
}
