package example.mentoring.post;

import example.mentoring.outcome.NotFound;

/** No post by this id or slug (or a draft the caller may not see). */
public final class PostNotFound extends NotFound {

    public PostNotFound(String idOrSlug) {
        super("No post " + idOrSlug + ".");
    }
}
