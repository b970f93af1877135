package example.mentoring.post;

import java.time.Instant;
import java.util.Optional;

/** Turns what authors write into stored posts: Markdown rendered and sanitized, summary cut, once. */
public final class PostRendering {

    private final MarkdownRenderer markdown;

    public PostRendering(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    Post draft(String postId, String slug, PostForm form, String authorEmail, Instant now) {
        String html = markdown.render(form.bodyMarkdown());
        return new Post(postId, slug, Post.PostStatus.DRAFT, form.title(), form.bodyMarkdown(), html,
                Summaries.summarize(html), form.authorName(), authorEmail, form.tags(), form.cohortId(), now, now,
                Optional.empty(), Optional.empty(), Post.Review.NONE, 1);
    }

    /** The post with {@code form} in place of its text; a pending revision stays as it is. */
    Post edit(Post before, String slug, PostForm form, Instant now) {
        String html = markdown.render(form.bodyMarkdown());
        return new Post(before.postId(), slug, before.status(), form.title(), form.bodyMarkdown(), html,
                Summaries.summarize(html), form.authorName(), before.authorEmail(), form.tags(), form.cohortId(),
                before.createdAt(), now, before.publishedAt(), before.pendingRevision(), before.review(), before.version() + 1);
    }

    /** The published post unchanged, with {@code form} waiting as its revision (replacing any earlier one). */
    Post revise(Post published, PostForm form, Instant now) {
        String html = markdown.render(form.bodyMarkdown());
        Post.Revision revision = new Post.Revision(form.title(), form.bodyMarkdown(), html, Summaries.summarize(html),
                form.authorName(), form.tags(), form.cohortId(), now);
        return new Post(published.postId(), published.slug(), published.status(), published.title(),
                published.bodyMarkdown(), published.html(), published.summary(), published.authorName(),
                published.authorEmail(), published.tags(), published.cohortId(), published.createdAt(),
                published.updatedAt(), published.publishedAt(), Optional.of(revision), published.review(),
                published.version() + 1);
    }

    /** The draft (or the post in review) published now; it leaves the review queue and its last comment. */
    Post published(Post draft, Instant now) {
        return new Post(draft.postId(), draft.slug(), Post.PostStatus.PUBLISHED, draft.title(), draft.bodyMarkdown(),
                draft.html(), draft.summary(), draft.authorName(), draft.authorEmail(), draft.tags(), draft.cohortId(),
                draft.createdAt(), now, Optional.of(now), draft.pendingRevision(), Post.Review.NONE, draft.version() + 1);
    }

    /**
     * The published post with its pending revision live: same slug and first publication, updated
     * now; out of the review queue.
     */
    Post revisionLive(Post published, Instant now) {
        Post.Revision r = published.pendingRevision().orElseThrow();
        return new Post(published.postId(), published.slug(), published.status(), r.title(), r.bodyMarkdown(), r.html(),
                r.summary(), r.authorName(), published.authorEmail(), r.tags(), r.cohortId(), published.createdAt(),
                now, published.publishedAt(), Optional.empty(), Post.Review.NONE, published.version() + 1);
    }
}
