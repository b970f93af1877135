package example.mentoring.notification;

/** Where an outbox entry stands: waiting (or retrying), delivered to SES, or given up on. */
public enum NotificationStatus {
    PENDING, SENT, FAILED
}
