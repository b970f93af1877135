package example.mentoring.cohort;

import example.mentoring.outcome.NotFound;

/** No cohort has this id. */
public final class CohortNotFound extends NotFound {

    public CohortNotFound(String id) {
        super("No cohort " + id + ".");
    }

    public CohortNotFound(CohortId id) {
        this(id.value());
    }
}
