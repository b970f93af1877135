package example.mentoring.post;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One post in the Atom feed.
 *
 * @param id         permanent IRI of the post (URN or tag URI), unchanged when the post is edited
 * @param title      the post's title, as plain text
 * @param url        the post's public page
 * @param summary    plain-text teaser, or {@code null} to omit
 * @param html       the sanitized HTML body, or {@code null} to omit
 * @param authorName the author's display name
 * @param published  first publication, or {@code null} to omit
 * @param updated    last significant change
 * @param tags       category terms; {@code null} means none
 */
public record FeedEntry(
        String id,
        String title,
        String url,
        String summary,
        String html,
        String authorName,
        Instant published,
        Instant updated,
        List<String> tags) {

    public FeedEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        // Atom requires an author on every entry when the feed itself names none.
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(updated, "updated");
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
