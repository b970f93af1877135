package example.mentoring.notification;

import example.mentoring.notification.email.EmailKind;
import example.mentoring.notification.email.EmailMessage;
import java.time.Instant;
import java.util.Optional;

/** One outbox entry: an email to one recipient and how its delivery went so far. */
public record Notification(
        String notificationId,
        String recipient,
        EmailMessage message,
        NotificationStatus status,
        int attempts,
        Instant createdAt,
        Instant updatedAt,
        Optional<Instant> nextAttemptAt,
        Optional<Instant> sentAt,
        Optional<String> sesMessageId,
        Optional<String> lastError,
        Optional<String> suppressedReason) {

    public EmailKind kind() {
        return message.kind();
    }
}
