package example.mentoring.application;

import java.time.Instant;

/** The answer to a submitted application: no personal data, only what identifies it. */
public record ApplicationReceipt(String applicationId, String cohortId, String role, String status, Instant submittedAt) {

    public static ApplicationReceipt of(Application application) {
        return new ApplicationReceipt(application.applicationId(), application.cohortId(), application.role().name(),
                "SUBMITTED", application.submittedAt());
    }
}
