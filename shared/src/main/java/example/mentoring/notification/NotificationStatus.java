package example.mentoring.notification;

/**
 * Where an outbox entry stands: waiting (or retrying), delivered to SES, given up on, or not sent
 * because its recipient is on the suppression list or opted out of the newsletter meanwhile.
 */
public enum NotificationStatus {
    PENDING, SENT, FAILED, SUPPRESSED
}
