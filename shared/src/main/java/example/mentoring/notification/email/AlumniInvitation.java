package example.mentoring.notification.email;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Invites an alumna or alumnus of the program (a past mentor, or a mentee whose year completed)
 * to apply as a mentor to a new cohort. Not transactional: it carries an unsubscribe link, and an
 * address that opted out is never sent one (at queueing and again before sending).
 */
public record AlumniInvitation(
        String programName,
        String recipientName,
        String cohortName,
        Instant applicationDeadline,
        ZoneId timeZone,
        String applyUrl,
        String unsubscribeUrl) implements EmailMessage {

    public AlumniInvitation {
        Checks.text(programName, "programName");
        Checks.text(recipientName, "recipientName");
        Checks.text(cohortName, "cohortName");
        Checks.present(applicationDeadline, "applicationDeadline");
        Checks.present(timeZone, "timeZone");
        Checks.httpUrl(applyUrl, "applyUrl");
        Checks.httpUrl(unsubscribeUrl, "unsubscribeUrl");
    }

    @Override
    public EmailKind kind() {
        return EmailKind.ALUMNI_INVITATION;
    }
}
