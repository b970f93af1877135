package example.mentoring.notification;

/**
 * Who opted out of the newsletter (kept by the posts' subscriptions); the sender and the retry
 * ask again just before a newsletter goes out, since people unsubscribe after it was queued.
 */
@FunctionalInterface
public interface OptOuts {

    boolean optedOut(String email);
}
