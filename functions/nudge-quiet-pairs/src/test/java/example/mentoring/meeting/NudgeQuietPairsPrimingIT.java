package example.mentoring.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.StackState;
import example.mentoring.fixtures.Priming;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Moto.class)
@DisplayName("The nudge-quiet-pairs function's SnapStart priming")
class NudgeQuietPairsPrimingIT {

    @Test
    @DisplayName("reads and builds a nudge but nudges nobody, a due pair included")
    void primingChangesNothing(EmulatedStack stack) throws Exception {
        Environment environment = Environment.of(stack.environmentOf("NudgeQuietPairsFunction"));
        AwsClients aws = new AwsClients(environment);
        // a matched, running cohort with a pair that has never met: a nudge would be due
        Priming.seedQuietPair(aws);

        StackState before = StackState.read(stack);

        String log = Priming.logOf(new NudgeQuietPairsPriming(new NudgeQuietPairsHandler(environment)));

        assertEquals(before, StackState.read(stack));
        assertTrue(log.contains("\"priming.done\""), log);
        assertFalse(log.contains("priming.step.failed"), log);
    }
}
