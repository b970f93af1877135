package example.mentoring.application;

import static example.mentoring.emulator.EventFixtures.http;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import example.mentoring.aws.Environment;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.Fault;
import example.mentoring.emulator.FaultProxy;
import example.mentoring.emulator.FaultyMoto;
import example.mentoring.emulator.Operation;
import example.mentoring.emulator.When;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FaultyMoto.class)
@DisplayName("A submission reads the signing key early, and never ends with that read still in flight")
class KeyPrefetchIT {

    @Test
    @DisplayName("a submission refused at once (422) still waits for the key's slow read: no thread is left reading when Lambda freezes")
    void noReadLeftInFlight(EmulatedStack stack, FaultProxy proxy) {
        Operation read = Operation.target("secretsmanager.GetSecretValue");
        proxy.inject(read, new Fault.Delay(Duration.ofMillis(300)), When.always());
        SubmitApplicationHandler handler = new SubmitApplicationHandler(Environment.of(stack.environmentOf("SubmitApplicationFunction")));
        APIGatewayV2HTTPEvent refused = http("submit-application/submit-mentee.json");
        refused.setBody("{}");

        assertEquals(422, handler.handleRequest(refused, null).getStatusCode());

        assertEquals(1, proxy.calls(read), "the key was read early, once");
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(thread -> thread.getName().equals("signing-keys") && thread.isAlive()), "a read is still in flight");
    }
}
