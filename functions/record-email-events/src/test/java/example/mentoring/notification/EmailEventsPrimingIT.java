package example.mentoring.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import example.mentoring.aws.Environment;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.StackState;
import example.mentoring.fixtures.Priming;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Moto.class)
@DisplayName("The record-email-events function's SnapStart priming")
class EmailEventsPrimingIT {

    @Test
    @DisplayName("reads a transient bounce and suppresses nobody")
    void primingChangesNothing(EmulatedStack stack) throws Exception {
        Environment environment = Environment.of(stack.environmentOf("RecordEmailEventsFunction"));
        StackState before = StackState.read(stack);

        String log = Priming.logOf(new EmailEventsPriming(new EmailEventsHandler(environment)));

        assertEquals(before, StackState.read(stack));
        assertTrue(log.contains("\"priming.done\""), log);
        assertFalse(log.contains("priming.step.failed"), log);
    }
}
