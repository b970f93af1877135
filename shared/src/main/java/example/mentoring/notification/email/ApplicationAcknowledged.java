package example.mentoring.notification.email;

import java.time.Instant;

/**
 * Confirms that an application arrived, sent right after someone applies, with the link that
 * confirms the address is the applicant's (unconfirmed applications are left out of matching).
 */
public record ApplicationAcknowledged(
        String programName,
        String recipientName,
        String cohortName,
        ProgramRole role,
        Instant applicationDeadline,
        String applicationId,
        String confirmUrl) implements EmailMessage {

    public ApplicationAcknowledged {
        Checks.text(programName, "programName");
        Checks.text(recipientName, "recipientName");
        Checks.text(cohortName, "cohortName");
        Checks.present(role, "role");
        Checks.present(applicationDeadline, "applicationDeadline");
        Checks.text(applicationId, "applicationId");
        Checks.httpUrl(confirmUrl, "confirmUrl");
    }

    @Override
    public EmailKind kind() {
        return EmailKind.APPLICATION_ACKNOWLEDGED;
    }
}
