package example.mentoring.post;

import java.time.Instant;
import java.util.List;

/** How posts appear in the API. */
public final class PostViews {

    private PostViews() {
    }

    /** The answer to a create: where the draft is. */
    public record Created(String postId, String slug, Post.PostStatus status) {
        public static Created of(Post p) {
            return new Created(p.postId(), p.slug(), p.status());
        }
    }

    /** A post in the public list. */
    public record Listed(String postId, String slug, String title, String summary, String authorName,
                        Instant publishedAt, List<String> tags) {
        public static Listed of(Post p) {
            return new Listed(p.postId(), p.slug(), p.title(), p.summary(), p.authorName(), p.publishedAt().orElse(null),
                    p.tags());
        }
    }

    /** One published post, with its rendered, sanitized HTML. */
    public record Full(String postId, String slug, String title, String summary, String authorName, Instant publishedAt,
                       Instant updatedAt, List<String> tags, String cohortId, String html) {
        public static Full of(Post p) {
            return new Full(p.postId(), p.slug(), p.title(), p.summary(), p.authorName(), p.publishedAt().orElse(null),
                    p.updatedAt(), p.tags(), p.cohortId().orElse(null), p.html());
        }
    }

    /**
     * A post as its author or a coordinator sees it when editing: everything, drafts included, the
     * revision that waits for a coordinator's publish, if any, when it was sent for review (while it
     * waits) and the comment it was last returned with.
     */
    public record Editable(String postId, String slug, Post.PostStatus status, String title, String bodyMarkdown,
                           String html, String summary, String authorName, List<String> tags, String cohortId,
                           Instant createdAt, Instant updatedAt, Instant publishedAt, PendingRevision pendingRevision,
                           Instant submittedAt, String returnComment, Integer newslettersQueued) {
        public static Editable of(Post p, Integer newslettersQueued) {
            return new Editable(p.postId(), p.slug(), p.status(), p.title(), p.bodyMarkdown(), p.html(), p.summary(),
                    p.authorName(), p.tags(), p.cohortId().orElse(null), p.createdAt(), p.updatedAt(),
                    p.publishedAt().orElse(null), p.pendingRevision().map(PendingRevision::of).orElse(null),
                    p.review().submittedAt().orElse(null), p.review().returnComment().orElse(null), newslettersQueued);
        }

        public static Editable of(Post p) {
            return of(p, null);
        }
    }

    /** A participant's edit of a published post, not yet live. */
    public record PendingRevision(String title, String bodyMarkdown, String html, String summary, String authorName,
                                  List<String> tags, String cohortId, Instant updatedAt) {
        static PendingRevision of(Post.Revision r) {
            return new PendingRevision(r.title(), r.bodyMarkdown(), r.html(), r.summary(), r.authorName(), r.tags(),
                    r.cohortId().orElse(null), r.updatedAt());
        }
    }
}
