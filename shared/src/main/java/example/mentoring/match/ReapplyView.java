package example.mentoring.match;

import example.mentoring.application.ApplicationView;
import java.time.Instant;

/** What a re-apply link shows its holder: the cohort to re-apply to, and their earlier application (their own). */
public record ReapplyView(String cohortId, String cohortName, Instant applicationDeadline, String earlierCohortId,
        ApplicationView application) {

    public static ReapplyView of(CarryOver.Invitation invitation) {
        return new ReapplyView(invitation.cohort().id().value(), invitation.cohort().name(),
                invitation.cohort().applicationDeadline(), invitation.earlier().cohortId(), ApplicationView.of(invitation.earlier()));
    }
}
