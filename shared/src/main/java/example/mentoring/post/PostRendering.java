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
                Optional.empty(), 1);
    }

    Post edit(Post before, String slug, PostForm form, Instant now) {
        String html = markdown.render(form.bodyMarkdown());
        return new Post(before.postId(), slug, before.status(), form.title(), form.bodyMarkdown(), html,
                Summaries.summarize(html), form.authorName(), before.authorEmail(), form.tags(), form.cohortId(),
                before.createdAt(), now, before.publishedAt(), before.version() + 1);
    }

    Post published(Post draft, Instant now) {
        return new Post(draft.postId(), draft.slug(), Post.PostStatus.PUBLISHED, draft.title(), draft.bodyMarkdown(),
                draft.html(), draft.summary(), draft.authorName(), draft.authorEmail(), draft.tags(), draft.cohortId(),
                draft.createdAt(), now, Optional.of(now), draft.version() + 1);
    }

    String plainText(Post post) {
        return Summaries.plainText(post.html());
    }
}
