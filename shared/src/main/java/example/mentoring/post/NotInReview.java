package example.mentoring.post;

import example.mentoring.outcome.Conflict;

/**
 * The post is not in a state this review step applies to: returning a post that waits for
 * nobody, or submitting a published post without an edit to review.
 */
public final class NotInReview extends Conflict {

    private NotInReview(String code, String title, String detail) {
        super(code, title, detail);
    }

    static NotInReview notWaiting(String postId) {
        return new NotInReview("not-in-review", "Not in review", "Post " + postId + " is not waiting for review.");
    }

    static NotInReview nothingToReview(String postId) {
        return new NotInReview("nothing-to-review", "Nothing to review",
                "Post " + postId + " is published and has no edit waiting; edit it first.");
    }
}
