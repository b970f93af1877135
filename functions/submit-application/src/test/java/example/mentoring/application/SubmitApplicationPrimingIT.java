package example.mentoring.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.FaultProxy;
import example.mentoring.emulator.FaultyMoto;
import example.mentoring.emulator.Operation;
import example.mentoring.emulator.StackState;
import example.mentoring.fixtures.Priming;
import example.mentoring.fixtures.Seed;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FaultyMoto.class)
@DisplayName("The submit-application function's SnapStart priming")
class SubmitApplicationPrimingIT {

    @Test
    @DisplayName("submits to a cohort that does not exist: no application, counter, acknowledgement or email")
    void primingChangesNothing(EmulatedStack stack, FaultProxy proxy) throws Exception {
        Environment environment = Environment.of(stack.environmentOf("SubmitApplicationFunction"));
        AwsClients aws = new AwsClients(environment);
        Seed.cohort().addTo(aws);

        StackState before = StackState.read(stack);

        String log = Priming.logOf(new SubmitApplicationPriming(new SubmitApplicationHandler(environment)));

        assertEquals(before, StackState.read(stack));
        assertTrue(log.contains("\"priming.done\""), log);
        assertFalse(log.contains("priming.step.failed"), log);
        // every route of the function, as the template names them, and no other
        assertEquals(stack.template().routeKeys("SubmitApplicationFunction"),
                Priming.servedRoutes(log));
        // offline, a whole submission; and the one secret read is of a version that does not exist: no key is in the snapshot
        assertTrue(Priming.answers(log).contains("POST /cohorts/{cohortId}/applications 201"), Priming.answers(log).toString());
        assertEquals(1, proxy.calls(Operation.target("secretsmanager.GetSecretValue")));
    }
}
