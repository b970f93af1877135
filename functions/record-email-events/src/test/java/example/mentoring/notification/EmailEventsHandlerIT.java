package example.mentoring.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.EventFixtures;
import example.mentoring.emulator.Moto;
import example.mentoring.log.Log;
import example.mentoring.notification.Suppressions.Reason;
import example.mentoring.notification.Suppressions.Suppression;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Moto.class)
@DisplayName("SES bounces and complaints, as EventBridge delivers them, suppress their addresses")
class EmailEventsHandlerIT {

    EmailEventsHandler handler;
    Suppressions suppressions;

    @BeforeEach
    void setUp(EmulatedStack stack) {
        Map<String, String> environment = stack.environmentOf("RecordEmailEventsFunction");
        handler = new EmailEventsHandler(Environment.of(environment));
        suppressions = new Suppressions(new AwsClients(Environment.of(environment)));
    }

    String deliver(String sample) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        Log.redirect(new PrintStream(logs, true, StandardCharsets.UTF_8));
        try {
            handler.handleRequest(new ByteArrayInputStream(EventFixtures.json("record-email-events/" + sample)
                    .getBytes(StandardCharsets.UTF_8)), out, null);
        } finally {
            Log.redirect(System.out);
        }
        assertFalse(logs.toString(StandardCharsets.UTF_8).contains("@"), "no address in the logs: " + logs);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("a permanent bounce suppresses the address with its reason, time and SES feedback id")
    void permanentBounce() throws IOException {
        assertEquals("{\"suppressed\":1}", deliver("bounce-permanent.json"));
        assertEquals(new Suppression("gone@example.org", Reason.BOUNCE, Instant.parse("2027-02-01T09:05:01.669Z"),
                "0100017f1a2b3c4d-bounce-0001-example-000000"), suppressions.find("gone@example.org").orElseThrow());
        assertTrue(suppressions.find("GONE@example.org").isPresent(), "one spelling per address");
    }

    @Test
    @DisplayName("a complaint suppresses the address that complained")
    void complaint() throws IOException {
        assertEquals("{\"suppressed\":1}", deliver("complaint.json"));
        Suppression suppression = suppressions.find("annoyed@example.net").orElseThrow();
        assertEquals(Reason.COMPLAINT, suppression.reason());
        assertEquals("0100017f1a2b3c4d-complaint-0003-example-000000", suppression.feedbackId());
    }

    @Test
    @DisplayName("a transient bounce (a full mailbox) suppresses nothing")
    void transientBounce() throws IOException {
        assertEquals("{\"suppressed\":0}", deliver("bounce-transient.json"));
        assertTrue(suppressions.find("full@example.org").isEmpty());
    }

    @Test
    @DisplayName("the same event delivered twice (EventBridge retries) records the address once, unchanged")
    void redelivered() throws IOException {
        deliver("bounce-permanent.json");
        Suppression first = suppressions.find("gone@example.org").orElseThrow();
        deliver("bounce-permanent.json");
        assertEquals(first, suppressions.find("gone@example.org").orElseThrow());
    }
}
