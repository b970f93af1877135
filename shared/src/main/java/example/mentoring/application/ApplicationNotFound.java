package example.mentoring.application;

import example.mentoring.outcome.NotFound;

/** No such application in the cohort (or no longer: erased). */
public final class ApplicationNotFound extends NotFound {

    public ApplicationNotFound(String detail) {
        super(detail);
    }

    public static ApplicationNotFound inCohort(String applicationId) {
        return new ApplicationNotFound("No application " + applicationId + " in this cohort.");
    }
}
