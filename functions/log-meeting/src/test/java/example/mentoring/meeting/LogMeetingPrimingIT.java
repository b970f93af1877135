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
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Moto.class)
@DisplayName("The log-meeting function's SnapStart priming")
class LogMeetingPrimingIT {

    @Test
    @DisplayName("serves every route: no meeting is logged")
    void primingChangesNothing(EmulatedStack stack) throws Exception {
        Environment environment = Environment.of(stack.environmentOf("LogMeetingFunction"));
        AwsClients aws = new AwsClients(environment);
        // a matched, running cohort with a pair that has never met: a nudge would be due
        Priming.seedQuietPair(aws);

        StackState before = StackState.read(stack);

        String log = Priming.logOf(new LogMeetingPriming(new LogMeetingHandler(environment)));

        assertEquals(before, StackState.read(stack));
        assertTrue(log.contains("\"priming.done\""), log);
        assertFalse(log.contains("priming.step.failed"), log);
        // every route of the function, as the template names them, and no other
        assertEquals(stack.template().routeKeys("LogMeetingFunction"),
                Priming.servedRoutes(log));
        // and, offline, the pair's routes past the 404: their real answers
        assertTrue(Priming.answers(log).containsAll(Set.of("GET /matches/{matchId}/meetings 200", "GET /matches/{matchId} 200",
                "POST /matches/{matchId}/meetings 201", "PUT /matches/{matchId}/goals 200", "POST /matches/{matchId}/end 200")),
                Priming.answers(log).toString());
    }
}
