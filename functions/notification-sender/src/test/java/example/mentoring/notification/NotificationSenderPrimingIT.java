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
@DisplayName("The notification sender's SnapStart priming")
class NotificationSenderPrimingIT {

    @Test
    @DisplayName("renders every email and reads SES but sends nothing, a due entry included")
    void primingChangesNothing(EmulatedStack stack) throws Exception {
        Environment environment = Environment.of(stack.environmentOf("NotificationSenderFunction"));
        AwsClients aws = new AwsClients(environment);
        // an entry due now, which a delivery would send
        Outbox outbox = new Outbox(new Notifications(aws), environment.clock());
        aws.dynamoDb().transactWriteItems(r -> r.transactItems(outbox.notify("wait-1", "marlowe.reyes@example.org",
                new WaitListNotice("ALSC Mentoring Program", "Fall 2027", "Marlowe Reyes")).sdkItem()));

        StackState before = StackState.read(stack);

        String log = Priming.logOf(new NotificationSenderPriming(new NotificationSenderHandler(environment)));

        assertEquals(before, StackState.read(stack));
        assertTrue(log.contains("\"priming.done\""), log);
        assertFalse(log.contains("priming.step.failed"), log);
    }
}
