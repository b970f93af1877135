package example.mentoring.notification;

import example.mentoring.outcome.Invalid;
import java.util.Arrays;

/**
 * Where an outbox entry stands: waiting (or retrying), delivered to SES, given up on, or not sent
 * because its recipient is on the suppression list or opted out of the newsletter meanwhile.
 */
public enum NotificationStatus {
    PENDING, SENT, FAILED, SUPPRESSED;

    /** The {@code ?status=} of a listing: required, one of the names; otherwise refused, naming the field. */
    public static NotificationStatus fromQuery(String value) {
        try {
            return valueOf(value);
        } catch (IllegalArgumentException e) {
            throw Invalid.field("status", "must be one of "
                    + String.join(", ", Arrays.stream(values()).map(Enum::name).toList()));
        }
    }
}
