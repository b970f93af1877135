package example.mentoring.post;

import java.util.Objects;

/**
 * The feed-level data of the Atom feed.
 *
 * @param title   the feed's human title, e.g. the program's name
 * @param selfUrl where the feed itself is served (Atom's {@code rel="self"})
 * @param siteUrl the human-facing page the feed mirrors ({@code rel="alternate"})
 * @param feedId  a permanent IRI (URN or tag URI); must never change, or readers see a new feed
 */
public record FeedInfo(String title, String selfUrl, String siteUrl, String feedId) {
    public FeedInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(selfUrl, "selfUrl");
        Objects.requireNonNull(siteUrl, "siteUrl");
        Objects.requireNonNull(feedId, "feedId");
    }
}
