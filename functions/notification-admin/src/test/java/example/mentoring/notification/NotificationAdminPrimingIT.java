package example.mentoring.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.StackState;
import example.mentoring.fixtures.Priming;
import example.mentoring.notification.email.WaitListNotice;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Moto.class)
@DisplayName("The notification-admin function's SnapStart priming")
class NotificationAdminPrimingIT {

    @Test
    @DisplayName("lists and retries nothing that exists: no entry changes")
    void primingChangesNothing(EmulatedStack stack) throws Exception {
        Environment environment = Environment.of(stack.environmentOf("NotificationAdminFunction"));
        AwsClients aws = new AwsClients(environment);
        Outbox outbox = new Outbox(new Notifications(aws), environment.clock());
        aws.dynamoDb().transactWriteItems(r -> r.transactItems(outbox.notify("wait-1", "marlowe.reyes@example.org",
                new WaitListNotice("ALSC Mentoring Program", "Fall 2027", "Marlowe Reyes")).sdkItem()));
        StackState before = StackState.read(stack);

        String log = Priming.logOf(new NotificationAdminPriming(new NotificationAdminHandler(environment)));

        assertEquals(before, StackState.read(stack));
        assertTrue(log.contains("\"priming.done\""), log);
        assertFalse(log.contains("priming.step.failed"), log);
        // every route of the function, as the template names them, and no other
        assertEquals(stack.template().routeKeys("NotificationAdminFunction"),
                Priming.servedRoutes(log));
    }
}
