package example.mentoring.notification.email;

import java.time.Instant;

/**
 * Invites a mentee left on an earlier cohort's wait list to re-apply to a new cohort in one step,
 * with a signed link to their earlier application; a re-application has priority in matching.
 */
public record ReapplyInvitation(
        String programName,
        String recipientName,
        String earlierCohortName,
        String cohortName,
        Instant applicationDeadline,
        java.time.ZoneId timeZone,
        String reapplyUrl) implements EmailMessage {

    public ReapplyInvitation {
        Checks.text(programName, "programName");
        Checks.text(recipientName, "recipientName");
        Checks.text(earlierCohortName, "earlierCohortName");
        Checks.text(cohortName, "cohortName");
        Checks.present(applicationDeadline, "applicationDeadline");
        Checks.present(timeZone, "timeZone");
        Checks.httpUrl(reapplyUrl, "reapplyUrl");
    }

    @Override
    public EmailKind kind() {
        return EmailKind.REAPPLY_INVITATION;
    }
}
