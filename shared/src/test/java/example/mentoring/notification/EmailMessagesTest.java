package example.mentoring.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import example.mentoring.notification.email.ApplicationAcknowledged;
import example.mentoring.notification.email.EmailKind;
import example.mentoring.notification.email.EmailRenderer;
import example.mentoring.notification.email.ProgramRole;
import example.mentoring.text.ReadableTime;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Outbox entries read back by their kind")
class EmailMessagesTest {

    static final String CONFIRM = "https://mentoring.example/applications/confirm?token=k.aWQ.1.sig";

    @Test
    @DisplayName("an acknowledgement keeps its cohort's zone through the outbox")
    void zoneRoundTrip() {
        ApplicationAcknowledged queued = new ApplicationAcknowledged("ALSC Mentoring Program", "Marlowe Reyes", "Fall 2027",
                ProgramRole.MENTEE, Instant.parse("2027-02-25T05:59:59Z"), ZoneId.of("America/Los_Angeles"), "app-1", CONFIRM);
        ApplicationAcknowledged read = (ApplicationAcknowledged) EmailMessages.fromJson(EmailKind.APPLICATION_ACKNOWLEDGED,
                EmailMessages.toJson(queued));
        assertEquals(queued, read);
        assertTrue(new EmailRenderer().render(read).html().contains("Wednesday, February 24, 2027, 9:59 PM PST"));
    }

    @Test
    @DisplayName("an acknowledgement queued before cohorts had a zone shows its deadline in UTC, saying so")
    void entryQueuedBeforeZones() {
        String old = EmailMessages.toJson(new ApplicationAcknowledged("ALSC Mentoring Program", "Marlowe Reyes", "Fall 2027",
                ProgramRole.MENTEE, Instant.parse("2027-02-25T05:59:59Z"), ReadableTime.DEFAULT_ZONE, "app-1", CONFIRM))
                .replace(",\"timeZone\":\"America/Chicago\"", "");
        ApplicationAcknowledged read = (ApplicationAcknowledged) EmailMessages.fromJson(EmailKind.APPLICATION_ACKNOWLEDGED, old);
        assertEquals(ZoneId.of("UTC"), read.timeZone());
        assertTrue(new EmailRenderer().render(read).html().contains("Thursday, February 25, 2027, 5:59 AM UTC"));
    }
}
