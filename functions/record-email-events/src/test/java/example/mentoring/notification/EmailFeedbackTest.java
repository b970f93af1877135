package example.mentoring.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.json.Json;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Which SES events suppress which addresses")
class EmailFeedbackTest {

    static JsonNode event(String json) {
        return Json.parseBody(json);
    }

    @Test
    @DisplayName("every recipient of a permanent bounce; none of a delivery or of an unknown event")
    void recipients() {
        JsonNode bounce = event("""
                {"detail-type": "Email Bounced", "time": "2027-02-01T09:05:02Z", "detail": {"bounce": {
                  "bounceType": "Permanent", "feedbackId": "f-1", "timestamp": "2027-02-01T09:05:01Z",
                  "bouncedRecipients": [{"emailAddress": "a@example.org"}, {"emailAddress": "b@example.org"}]}}}""");
        assertEquals(List.of("a@example.org", "b@example.org"),
                EmailFeedback.read(bounce).suppressions().stream().map(Suppressions.Suppression::email).toList());
        assertEquals(List.of(), EmailFeedback.read(event("""
                {"detail-type": "Email Delivered", "detail": {"delivery": {"recipients": ["a@example.org"]}}}""")).suppressions());
        assertEquals(List.of(), EmailFeedback.read(event("{}")).suppressions());
    }

    @Test
    @DisplayName("a bounce without a readable time is refused, so that EventBridge retries rather than records nonsense")
    void unreadableTime() {
        assertThrows(IllegalArgumentException.class, () -> EmailFeedback.read(event("""
                {"detail-type": "Email Complaint Received", "detail": {"complaint": {"feedbackId": "f-2",
                  "complainedRecipients": [{"emailAddress": "a@example.org"}]}}}""")));
    }
}
