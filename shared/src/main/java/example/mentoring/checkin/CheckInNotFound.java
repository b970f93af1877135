package example.mentoring.checkin;

import example.mentoring.outcome.NotFound;

/** No such check-in, or a link that is not (or no longer) a genuine one for it: which, is nobody's business. */
public final class CheckInNotFound extends NotFound {

    public CheckInNotFound() {
        super("No such check-in, or the link is incomplete, was changed or has expired.");
    }
}
