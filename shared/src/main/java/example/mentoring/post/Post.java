package example.mentoring.post;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A post of the program's newsletter and blog. Its Markdown is rendered to sanitized HTML (and a
 * summary) when it is written, not on every read. Its slug is unique and, once published, fixed.
 * A participant's edit of a published post waits in {@code pendingRevision} until a coordinator
 * publishes it; the other fields are what the public reads. {@code review} says whether the post
 * (a draft, or a published post's revision) waits in the coordinators' review queue, and what a
 * coordinator said when they last returned it.
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
        Review review,
        long version) {

    /** A draft is written; IN_REVIEW waits for a coordinator (publish, or return as a draft); PUBLISHED is public. */
    public enum PostStatus { DRAFT, IN_REVIEW, PUBLISHED }

    /**
     * Where the post stands with the coordinators: when its author submitted it (while it waits in
     * the queue), and the comment of the last return, kept until the author submits again.
     */
    public record Review(Optional<Instant> submittedAt, Optional<String> returnComment) {
        public static final Review NONE = new Review(Optional.empty(), Optional.empty());

        public boolean waiting() {
            return submittedAt.isPresent();
        }
    }

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

    /** This post with another review state (and the next version), its text unchanged. */
    Post withReview(PostStatus newStatus, Review newReview, Instant now) {
        return new Post(postId, slug, newStatus, title, bodyMarkdown, html, summary, authorName, authorEmail, tags,
                cohortId, createdAt, newStatus == PostStatus.PUBLISHED ? updatedAt : now, publishedAt, pendingRevision,
                newReview, version + 1);
    }
}
