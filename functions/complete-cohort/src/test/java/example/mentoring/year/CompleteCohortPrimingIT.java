package example.mentoring.year;

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
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Moto.class)
@DisplayName("The complete-cohort function's SnapStart priming")
class CompleteCohortPrimingIT {

    @Test
    @DisplayName("reads a cohort that does not exist and completes nothing, a cohort past its year's end included")
    void primingChangesNothing(EmulatedStack stack) throws Exception {
        Environment environment = Environment.of(stack.environmentOf("CompleteCohortFunction"));
        AwsClients aws = new AwsClients(environment);
        // a matched cohort whose year is over, with an active match the year's end would complete
        Seed.cohort().withProgram(LocalDate.parse("2025-03-15"), LocalDate.parse("2026-03-14")).matchedBy("run-1").addTo(aws);
        Seed.match(aws, "m-over", "fall-2027", "dana@example.net", "marlowe@example.org", LocalDate.parse("2025-03-20"));

        StackState before = StackState.read(stack);

        String log = Priming.logOf(new CompleteCohortPriming(new CompleteCohortHandler(environment)));

        assertEquals(before, StackState.read(stack));
        assertTrue(log.contains("\"priming.done\""), log);
        assertFalse(log.contains("priming.step.failed"), log);
    }
}
