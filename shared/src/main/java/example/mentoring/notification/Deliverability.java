package example.mentoring.notification;

import java.util.Optional;

/**
 * Whether an entry may still go to its recipient, asked just before sending and before a retry:
 * never to an address on the suppression list (it bounced for good or complained), and a
 * newsletter or an invitation to alumni never to someone who opted out, even after it was queued.
 */
public final class Deliverability {

    /** The reason stored on an entry suppressed because its recipient left the newsletter. */
    public static final String UNSUBSCRIBED = "UNSUBSCRIBED";

    private final Suppressions suppressions;
    private final OptOuts optOuts;

    public Deliverability(Suppressions suppressions, OptOuts optOuts) {
        this.suppressions = suppressions;
        this.optOuts = optOuts;
    }

    /** Why {@code notification} must not be sent ({@code BOUNCE}, {@code COMPLAINT}, {@value #UNSUBSCRIBED}), or empty. */
    public Optional<String> blocked(Notification notification) {
        Optional<String> suppressed = suppressions.find(notification.recipient()).map(s -> s.reason().name());
        if (suppressed.isPresent()) {
            return suppressed;
        }
        if (notification.kind().honoursOptOut() && optOuts.optedOut(notification.recipient())) {
            return Optional.of(UNSUBSCRIBED);
        }
        return Optional.empty();
    }
}
