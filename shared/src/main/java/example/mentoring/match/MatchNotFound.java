package example.mentoring.match;

import example.mentoring.outcome.NotFound;

/** No such match, or not one the caller takes part in: a match's existence is private. */
public final class MatchNotFound extends NotFound {

    public MatchNotFound() {
        super("No such match.");
    }
}
