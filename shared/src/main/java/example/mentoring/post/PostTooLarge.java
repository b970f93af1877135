package example.mentoring.post;

import example.mentoring.outcome.FieldError;
import example.mentoring.outcome.TooLarge;
import java.util.List;

/** Stored with its rendered HTML (and any pending revision) the post would not fit in one item. */
public final class PostTooLarge extends TooLarge {

    public PostTooLarge(long bytes, long maxBytes) {
        super("post-too-large", "Post too large", "Stored with its rendered HTML (and any pending revision) the post takes "
                        + bytes + " bytes; at most " + maxBytes + " fit.",
                List.of(new FieldError("/bodyMarkdown", "makes the post too large to store: shorten it")));
    }
}
