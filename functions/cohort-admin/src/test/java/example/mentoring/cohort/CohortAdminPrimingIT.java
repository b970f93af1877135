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
@DisplayName("The cohort-admin function's SnapStart priming")
class CohortAdminPrimingIT {

    @Test
    @DisplayName("serves every route and leaves no item, schedule, post or email behind")
    void primingChangesNothing(EmulatedStack stack) throws Exception {
        Environment environment = Environment.of(stack.environmentOf("CohortAdminFunction"));
        AwsClients aws = new AwsClients(environment);
        // an overdue cohort, which a sweep would close
        Seed.cohort().withId("spring-2026", "Spring 2026")
                .withDates(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z")).addTo(aws);

        StackState before = StackState.read(stack);

        String log = Priming.logOf(new CohortAdminPriming(new CohortAdminHandler(environment)));

        assertEquals(before, StackState.read(stack));
        assertTrue(log.contains("\"priming.done\""), log);
        assertFalse(log.contains("priming.step.failed"), log);
        // every route of the function, as the template names them, and no other
        assertEquals(stack.template().routeKeys("CohortAdminFunction"),
                Priming.servedRoutes(log));
    }
}
