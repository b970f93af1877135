package example.mentoring.notification;

import java.util.Optional;

/**
 * Where the sender reads the post a newsletter entry names (the posts table, in production):
 * the post as published now, with a strongly consistent read.
 */
public interface NewsletterPosts {

    /** The published post {@code postId}, or empty if there is none (not published, or gone). */
    Optional<PublishedPost> published(String postId);

    /** A published post's text as newsletters show it. {@code text} is empty for a post of images only. */
    record PublishedPost(String title, String html, String text, long version) {
    }
}
