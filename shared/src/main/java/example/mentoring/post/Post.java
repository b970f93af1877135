package example.mentoring.post;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A post of the program's newsletter and blog. Its Markdown is rendered to sanitized HTML (and a
 * summary) when it is written, not on every read. Its slug is unique and, once published, fixed.
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
        long version) {

    public enum PostStatus { DRAFT, PUBLISHED }

    public Post {
        tags = List.copyOf(tags);
    }

    public boolean isPublished() {
        return status == PostStatus.PUBLISHED;
    }
}
