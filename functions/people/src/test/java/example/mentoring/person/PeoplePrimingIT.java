package example.mentoring.person;

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
@DisplayName("The people function's SnapStart priming")
class PeoplePrimingIT {

    @Test
    @DisplayName("serves both routes for nobody: nothing read is shown, nothing erased, nothing audited")
    void primingChangesNothing(EmulatedStack stack) throws Exception {
        Environment environment = Environment.of(stack.environmentOf("PeopleFunction"));
        Priming.seedQuietPair(new AwsClients(environment));
        StackState before = StackState.read(stack);

        String log = Priming.logOf(new PeoplePriming(new PeopleHandler(environment)));

        assertEquals(before, StackState.read(stack));
        assertTrue(log.contains("\"priming.done\""), log);
        assertFalse(log.contains("priming.step.failed"), log);
        assertEquals(stack.template().routeKeys("PeopleFunction"), Priming.servedRoutes(log));
        assertTrue(Priming.answers(log).containsAll(java.util.Set.of("GET /people/{email}/data 200", "DELETE /people/{email} 200")),
                Priming.answers(log).toString());
    }
}
