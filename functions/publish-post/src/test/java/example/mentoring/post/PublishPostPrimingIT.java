package example.mentoring.post;

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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Moto.class)
@DisplayName("The publish-post function's SnapStart priming")
class PublishPostPrimingIT {

    @Test
    @DisplayName("serves every route: no post, subscription, newsletter or email")
    void primingChangesNothing(EmulatedStack stack) throws Exception {
        Environment environment = Environment.of(stack.environmentOf("PublishPostFunction"));
        AwsClients aws = new AwsClients(environment);
        Seed.cohort().addTo(aws);

        StackState before = StackState.read(stack);

        String log = Priming.logOf(new PublishPostPriming(new PublishPostHandler(environment)));

        assertEquals(before, StackState.read(stack));
        assertTrue(log.contains("\"priming.done\""), log);
        assertFalse(log.contains("priming.step.failed"), log);
        // every route of the function, as the template names them, and no other
        assertEquals(stack.template().routeKeys("PublishPostFunction"),
                Priming.servedRoutes(log));
    }
}
