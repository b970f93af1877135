package example.mentoring.notification;

import example.mentoring.log.Log;
import example.mentoring.log.Metrics;
import example.mentoring.notification.email.EmailMessage;
import example.mentoring.notification.email.EmailRenderer;
import example.mentoring.notification.email.NewsletterEntry;
import example.mentoring.notification.email.RenderedEmail;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Delivers due outbox entries: claims each one (a conditional write, so that two senders running
 * at once never send the same entry), renders it, sends it through SES and records the outcome:
 * SENT with the SES message id, or back to PENDING with back-off, or FAILED after the last attempt.
 * When SES asks to slow down, the run stops and the entry waits without losing an attempt. An
 * entry whose recipient is suppressed (or, for a newsletter, opted out since) is not sent: it
 * becomes SUPPRESSED, without an SES call or a spent attempt. Failures and suppressions are
 * published as metrics ({@link Metrics}) for the alarms. A poison entry, one whose stored message
 * cannot be read back or rendered, would fail the same way on every attempt: it becomes FAILED at
 * once, with the error's class (never its content), and the run goes on with the others.
 *
 * <p>A newsletter entry names its post ({@link NewsletterEntry}); the post is read once per run
 * and the email carries its published text as it is at sending time. If the post was edited
 * after the entry was queued (its version moved on), that is the current published text; a
 * participant's pending revision is never sent. A post no longer published is a failed attempt
 * (retried, then FAILED) rather than an email about nothing.
 */
public final class NotificationSender {

    static final int BATCH = 100;
    static final java.time.Duration THROTTLE_PAUSE = java.time.Duration.ofSeconds(30);

    private final Notifications notifications;
    private final Deliverability deliverability;
    private final Mailer mailer;
    private final EmailRenderer renderer;
    private final NewsletterPosts posts;
    private final Clock clock;

    public NotificationSender(Notifications notifications, Deliverability deliverability, Mailer mailer,
                              EmailRenderer renderer, NewsletterPosts posts, Clock clock) {
        this.notifications = notifications;
        this.posts = posts;
        this.deliverability = deliverability;
        this.mailer = mailer;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** What one run did. */
    public record Report(int sent, int retrying, int failed, int suppressed) {
    }

    public Report sendDue() {
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        int suppressed = 0;
        Map<String, Optional<NewsletterPosts.PublishedPost>> postsThisRun = new HashMap<>();
        for (String id : notifications.due(clock.instant(), BATCH)) {
            String claimToken = UUID.randomUUID().toString();
            Optional<Notification> claimed;
            try {
                claimed = notifications.claim(id, claimToken, clock.instant());
            } catch (Notifications.Unreadable poison) {
                poisoned(id, claimToken, poison.getMessage());
                failed++;
                continue;
            }
            if (claimed.isEmpty()) {
                continue;
            }
            Notification notification = claimed.get();
            Optional<String> blocked = deliverability.blocked(notification);
            if (blocked.isPresent()) {
                notifications.suppress(id, claimToken, blocked.get(), clock.instant());
                Log.info("notification.suppressed", Map.of("notificationId", id, "kind", notification.kind().name(),
                        "reason", blocked.get()));
                suppressed++;
                continue;
            }
            RenderedEmail email = null;
            RuntimeException notSendableYet = null;
            try {
                email = renderer.render(emailOf(notification.message(), postsThisRun));
            } catch (PostNotPublished notPublished) {
                notSendableYet = notPublished; // a failed attempt, retried like an SES error
            } catch (RuntimeException poison) {
                poisoned(id, claimToken, poison.getClass().getSimpleName());
                failed++;
                continue;
            }
            try {
                if (notSendableYet != null) {
                    throw notSendableYet;
                }
                String messageId = mailer.send(notification.recipient(), email);
                notifications.markSent(id, claimToken, messageId, clock.instant());
                Log.info("notification.sent", Map.of("notificationId", id, "kind", notification.kind().name()));
                sent++;
            } catch (Mailer.Throttled slowDown) {
                // The provider's rate, not this email: try again shortly without spending an attempt,
                // and stop this run, since the next sends would be refused alike.
                notifications.postpone(id, claimToken, clock.instant().plus(THROTTLE_PAUSE));
                Log.warn("notification.throttled", Map.of("notificationId", id));
                retrying++;
                break;
            } catch (RuntimeException failure) {
                // The error's class only: SES messages can quote the address.
                String error = failure.getClass().getSimpleName();
                Instant now = clock.instant();
                Optional<Instant> next = DeliveryPolicy.nextAttempt(notification.attempts(), now);
                if (next.isPresent()) {
                    notifications.retryLater(id, claimToken, error, next.get(), now);
                    retrying++;
                } else {
                    notifications.giveUp(id, claimToken, error, now);
                    failed++;
                }
                Log.warn("notification.failed", Map.of("notificationId", id, "attempt", notification.attempts(),
                        "error", error, "willRetry", next.isPresent()));
            }
        }
        if (failed + suppressed > 0) {
            Metrics.count("notifications", Map.of("NotificationsFailed", failed, "NotificationsSuppressed", suppressed),
                    clock.instant());
        }
        return new Report(sent, retrying, failed, suppressed);
    }

    /** A claimed entry that no attempt can deliver: FAILED now, naming only the error's class. */
    private void poisoned(String id, String claimToken, String error) {
        notifications.giveUp(id, claimToken, error, clock.instant());
        Log.warn("notification.poisoned", Map.of("notificationId", id, "error", error));
    }

    /** The email to render: a newsletter entry filled in from its post, any other message as it is. */
    private EmailMessage emailOf(EmailMessage message, Map<String, Optional<NewsletterPosts.PublishedPost>> postsThisRun) {
        if (!(message instanceof NewsletterEntry entry)) {
            return message;
        }
        NewsletterPosts.PublishedPost post = postsThisRun.computeIfAbsent(entry.postId(), posts::published)
                .orElseThrow(PostNotPublished::new);
        return entry.with(post.title(), post.html(), post.text());
    }

    /** The post a newsletter entry names is not (or no longer) published. */
    static final class PostNotPublished extends RuntimeException {
        PostNotPublished() {
            super("The newsletter's post is not published", null, false, false);
        }
    }
}
