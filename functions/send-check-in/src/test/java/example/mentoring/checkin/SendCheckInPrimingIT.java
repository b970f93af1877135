package example.mentoring.checkin;

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
@DisplayName("The send-check-in function's SnapStart priming")
class SendCheckInPrimingIT {

    @Test
    @DisplayName("runs its schedule's event for a check-in that does not exist: nothing is sent")
    void primingChangesNothing(EmulatedStack stack) throws Exception {
        Environment environment = Environment.of(stack.environmentOf("SendCheckInFunction"));
        Priming.seedQuietPair(new AwsClients(environment));

        StackState before = StackState.read(stack);

        String log = Priming.logOf(new SendCheckInPriming(new SendCheckInHandler(environment)));

        assertEquals(before, StackState.read(stack));
        assertTrue(log.contains("\"priming.done\""), log);
        assertFalse(log.contains("priming.step.failed"), log);
        assertTrue(log.contains("\"check-in.ignored\""), log);
    }
}
