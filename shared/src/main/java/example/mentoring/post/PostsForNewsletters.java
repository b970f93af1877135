package example.mentoring.post;

import example.mentoring.notification.NewsletterPosts;
import java.util.Optional;

/** The posts table as the notification sender reads it: published text only, never a pending revision. */
public final class PostsForNewsletters implements NewsletterPosts {

    private final Posts posts;

    public PostsForNewsletters(Posts posts) {
        this.posts = posts;
    }

    @Override
    public Optional<PublishedPost> published(String postId) {
        return posts.find(postId).filter(Post::isPublished)
                .map(p -> new PublishedPost(p.title(), p.html(), Summaries.plainText(p.html()), p.version()));
    }
}
