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
@DisplayName("The check-ins function's SnapStart priming")
class CheckInsPrimingIT {

    @Test
    @DisplayName("serves every route: no check-in is stored, no schedule made, no answer written")
    void primingChangesNothing(EmulatedStack stack) throws Exception {
        Environment environment = Environment.of(stack.environmentOf("CheckInsFunction"));
        Priming.seedQuietPair(new AwsClients(environment));

        StackState before = StackState.read(stack);

        String log = Priming.logOf(new CheckInsPriming(new CheckInsHandler(environment)));

        assertEquals(before, StackState.read(stack));
        assertTrue(log.contains("\"priming.done\""), log);
        assertFalse(log.contains("priming.step.failed"), log);
        assertEquals(stack.template().routeKeys("CheckInsFunction"), Priming.servedRoutes(log));
    }
}
