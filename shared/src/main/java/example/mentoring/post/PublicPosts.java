package example.mentoring.post;

import example.mentoring.paging.Page;
import java.time.Instant;
import java.util.List;

/** What anyone may read: published posts, one by slug, and the Atom feed of the newest 20. */
public final class PublicPosts {

    static final int FEED_SIZE = 20;

    private final Posts posts;
    private final PostLinks links;
    private final String programName;

    public PublicPosts(Posts posts, PostLinks links, String programName) {
        this.posts = posts;
        this.links = links;
        this.programName = programName;
    }

    public Page<PostViews.Listed> list(Page.Request page) {
        return posts.published(page).map(PostViews.Listed::of);
    }

    public PostViews.Full bySlug(String slug) {
        return posts.findBySlug(slug).filter(Post::isPublished).map(PostViews.Full::of)
                .orElseThrow(() -> new PostNotFound(slug));
    }

    public String feed() {
        List<Post> newest = posts.published(Page.Request.first(FEED_SIZE)).items();
        List<FeedEntry> entries = newest.stream().map(p -> new FeedEntry(
                "urn:mentoring:post:" + p.postId(), p.title(), links.post(p.slug()), p.summary(), p.html(),
                p.authorName(), p.publishedAt().orElseThrow(), p.updatedAt(), p.tags())).toList();
        return AtomFeed.write(new FeedInfo(programName, links.feed(), links.site() + "/",
                "urn:mentoring:feed:posts"), entries, Instant.EPOCH);
    }
}
