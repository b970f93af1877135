package example.mentoring.notification.email;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Confirms that an application arrived, sent right after someone applies, with the link that
 * confirms the address is the applicant's (unconfirmed applications are left out of matching).
 * The deadline is shown in the cohort's {@code timeZone}; an entry queued before cohorts had a
 * zone carries none and shows it in UTC, saying so, rather than guess.
 */
public record ApplicationAcknowledged(
        String programName,
        String recipientName,
        String cohortName,
        ProgramRole role,
        Instant applicationDeadline,
        ZoneId timeZone,
        String applicationId,
        String confirmUrl) implements EmailMessage {

    public ApplicationAcknowledged {
        Checks.text(programName, "programName");
        Checks.text(recipientName, "recipientName");
        Checks.text(cohortName, "cohortName");
        Checks.present(role, "role");
        Checks.present(applicationDeadline, "applicationDeadline");
        timeZone = timeZone == null ? ZoneId.of("UTC") : timeZone;
        Checks.text(applicationId, "applicationId");
        Checks.httpUrl(confirmUrl, "confirmUrl");
    }

    @Override
    public EmailKind kind() {
        return EmailKind.APPLICATION_ACKNOWLEDGED;
    }
}
