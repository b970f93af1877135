package example.mentoring.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.Fault;
import example.mentoring.emulator.FaultProxy;
import example.mentoring.emulator.FaultyMoto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.emulator.Operation;
import example.mentoring.emulator.SentEmails;
import example.mentoring.emulator.When;
import example.mentoring.notification.email.ApplicationAcknowledged;
import example.mentoring.notification.email.EmailRenderer;
import example.mentoring.notification.email.ProgramRole;
import example.mentoring.post.Posts;
import example.mentoring.post.PostsForNewsletters;
import example.mentoring.text.ReadableTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FaultyMoto.class)
@DisplayName("Fault tests of the outbox sender through the fault proxy: SES outages and throttling lose no email")
class NotificationSenderFaultsIT {

    static final Instant NOW = Instant.parse("2027-02-01T09:00:00Z");
    static final Operation SEND = Operation.SES_SEND_EMAIL;

    EmulatedStack stack;
    FaultProxy proxy;
    MutableClock clock;
    AwsClients aws;
    Notifications notifications;
    NotificationSender sender;

    @BeforeEach
    void setUp(EmulatedStack stack, FaultProxy proxy) {
        this.stack = stack;
        this.proxy = proxy;
        clock = new MutableClock(NOW);
        aws = new AwsClients(Environment.of(stack.environmentOf("NotificationSenderFunction")));
        notifications = new Notifications(aws);
        sender = new NotificationSender(notifications, NotificationSenderIT.deliverability(aws), new SesMailer(aws),
                new EmailRenderer(), new PostsForNewsletters(new Posts(aws)), clock);
    }

    void record(int count) {
        Outbox outbox = new Outbox(notifications, clock);
        for (int i = 0; i < count; i++) {
            ApplicationAcknowledged message = new ApplicationAcknowledged("ALSC Mentoring Program", "Applicant " + i,
                    "Fall 2027", ProgramRole.MENTEE, Instant.parse("2027-02-25T05:59:59Z"), ReadableTime.DEFAULT_ZONE, "app-" + i,
                    "https://mentoring.example/applications/confirm?token=k.aWQ.1.sig");
            var entry = outbox.notify("ack-" + i, "applicant" + i + "@example.org", message).sdkItem();
            aws.dynamoDb().transactWriteItems(r -> r.transactItems(entry));
        }
    }

    List<String> recipientsSent() {
        List<String> recipients = new ArrayList<>();
        SentEmails.read(stack.endpoint()).forEach(email -> recipients.addAll(email.to()));
        return recipients;
    }

    Notification entry(int i) {
        return notifications.find("ack-" + i).orElseThrow();
    }

    @Test
    @DisplayName("an outage (500s, then connection resets) for the first sends: retried after back-off, all SENT once, none lost")
    void outage() {
        record(5);
        proxy.inject(SEND, Fault.internalError(), When.firstCalls(3));
        proxy.inject(SEND, Fault.reset(), When.firstCalls(2));

        assertEquals(new NotificationSender.Report(0, 5, 0, 0), sender.sendDue());
        assertTrue(recipientsSent().isEmpty());
        for (int i = 0; i < 5; i++) {
            assertEquals(NotificationStatus.PENDING, entry(i).status());
            assertEquals(1, entry(i).attempts());
        }
        assertEquals(5, proxy.injected(SEND));

        clock.advance(Duration.ofSeconds(31));
        assertEquals(new NotificationSender.Report(5, 0, 0, 0), sender.sendDue());
        for (int i = 0; i < 5; i++) {
            assertEquals(NotificationStatus.SENT, entry(i).status());
            assertEquals(2, entry(i).attempts());
        }
        List<String> recipients = recipientsSent();
        assertEquals(5, recipients.size(), "none lost, none twice: " + recipients);
        assertEquals(5, recipients.stream().distinct().count());
    }

    @Test
    @DisplayName("SES TooManyRequests (429): the run stops at once, no attempt is spent, the next run sends all")
    void throttled() {
        record(3);
        proxy.inject(SEND, Fault.sesTooManyRequests(), When.firstCalls(1));

        assertEquals(new NotificationSender.Report(0, 1, 0, 0), sender.sendDue());
        assertEquals(1, proxy.calls(SEND), "no send after the refusal");
        for (int i = 0; i < 3; i++) {
            assertEquals(0, entry(i).attempts());
            assertEquals(NotificationStatus.PENDING, entry(i).status());
        }
        clock.advance(Duration.ofSeconds(31));
        assertEquals(new NotificationSender.Report(3, 0, 0, 0), sender.sendDue());
        assertEquals(3, recipientsSent().size());
    }

    @Test
    @DisplayName("SES MessageRejected: each refusal is a counted attempt; after the policy's last one the entry is FAILED")
    void rejected() {
        record(1);
        proxy.inject(SEND, Fault.sesMessageRejected(), When.always());
        for (int attempt = 1; attempt <= DeliveryPolicy.MAX_ATTEMPTS; attempt++) {
            NotificationSender.Report report = sender.sendDue();
            boolean last = attempt == DeliveryPolicy.MAX_ATTEMPTS;
            assertEquals(new NotificationSender.Report(0, last ? 0 : 1, last ? 1 : 0, 0), report, "attempt " + attempt);
            assertEquals(attempt, entry(0).attempts());
            clock.advance(Duration.ofHours(2));
        }
        Notification failed = entry(0);
        assertEquals(NotificationStatus.FAILED, failed.status());
        assertEquals("MessageRejectedException", failed.lastError().orElseThrow());
        assertEquals(DeliveryPolicy.MAX_ATTEMPTS, proxy.injected(SEND));
        assertEquals(new NotificationSender.Report(0, 0, 0, 0), sender.sendDue());
        assertTrue(recipientsSent().isEmpty());
    }

    @Test
    @DisplayName("SES accepts but the answer is lost (reset after forwarding): sent again later, a duplicate — delivery is at-least-once")
    void answerLostAfterAcceptance() {
        record(1);
        proxy.inject(SEND, Fault.resetAfterForwarding(), When.firstCalls(1));

        assertEquals(new NotificationSender.Report(0, 1, 0, 0), sender.sendDue());
        assertEquals(1, recipientsSent().size(), "SES did send it");
        assertEquals(NotificationStatus.PENDING, entry(0).status(), "the sender cannot know");

        clock.advance(Duration.ofSeconds(31));
        assertEquals(new NotificationSender.Report(1, 0, 0, 0), sender.sendDue());
        assertEquals(NotificationStatus.SENT, entry(0).status());
        List<String> recipients = recipientsSent();
        int duplicates = recipients.size() - (int) recipients.stream().distinct().count();
        assertEquals(1, duplicates, "exactly one duplicate, the one the lost answer caused: " + recipients);
    }
}
