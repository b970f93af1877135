package example.mentoring.post;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A post of the program's newsletter and blog. Its Markdown is rendered to sanitized HTML (and a
 * summary) when it is written, not on every read. Its slug is unique and, once published, fixed.
 * A participant's edit of a published post waits in {@code pendingRevision} until a coordinator
 * publishes it; the other fields are what the public reads.
 */
public record Post(
        String postId,
        String slug,
        PostStatus status,
        String title,
        String bodyMarkdown,
        String html,
        String summary,
        String authorName,
        String authorEmail,
        List<String> tags,
        Optional<String> cohortId,
        Instant createdAt,
        Instant updatedAt,
        Optional<Instant> publishedAt,
        Optional<Revision> pendingRevision,
        long version) {

    public enum PostStatus { DRAFT, PUBLISHED }

    /** A participant's edit of a published post, rendered and sanitized, waiting for a coordinator. */
    public record Revision(String title, String bodyMarkdown, String html, String summary, String authorName,
                           List<String> tags, Optional<String> cohortId, Instant updatedAt) {
        public Revision {
            tags = List.copyOf(tags);
        }
    }

    public Post {
        tags = List.copyOf(tags);
    }

    public boolean isPublished() {
        return status == PostStatus.PUBLISHED;
    }
}
