package example.mentoring.notification;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.notification.Suppressions.Reason;
import example.mentoring.notification.Suppressions.Suppression;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the SES events that a configuration set publishes to EventBridge ({@code source: aws.ses})
 * into the addresses to suppress: every recipient of a permanent bounce and of a complaint.
 * Transient bounces (a full mailbox, a greylisting server) suppress nothing: SES retried them and
 * the next email may well arrive. Any other event suppresses nothing either. The handler's
 * command: the event parsed at the edge.
 */
record EmailFeedback(String detailType, List<Suppression> suppressions) {

    static final String BOUNCED = "Email Bounced";
    static final String COMPLAINED = "Email Complaint Received";

    EmailFeedback {
        suppressions = List.copyOf(suppressions);
    }

    public static EmailFeedback read(JsonNode event) {
        return new EmailFeedback(event.path("detail-type").asText(), suppressions(event));
    }

    /** The feedback id of the first suppression, for the log; {@code -} when none. */
    String feedbackId() {
        return suppressions.isEmpty() ? "-" : suppressions.getFirst().feedbackId();
    }

    private static List<Suppression> suppressions(JsonNode event) {
        JsonNode detail = event.path("detail");
        return switch (event.path("detail-type").asText()) {
            case BOUNCED -> "Permanent".equals(detail.path("bounce").path("bounceType").asText())
                    ? recipients(detail.path("bounce"), "bouncedRecipients", Reason.BOUNCE, event)
                    : List.of();
            case COMPLAINED -> recipients(detail.path("complaint"), "complainedRecipients", Reason.COMPLAINT, event);
            default -> List.of();
        };
    }

    private static List<Suppression> recipients(JsonNode feedback, String field, Reason reason, JsonNode event) {
        Instant at = instant(feedback.path("timestamp").asText(event.path("time").asText()));
        String feedbackId = feedback.path("feedbackId").asText();
        List<Suppression> out = new ArrayList<>();
        for (JsonNode recipient : feedback.path(field)) {
            String email = recipient.path("emailAddress").asText("");
            if (!email.isBlank()) {
                out.add(new Suppression(email, reason, at, feedbackId));
            }
        }
        return out;
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("SES event without a readable timestamp", e);
        }
    }
}
