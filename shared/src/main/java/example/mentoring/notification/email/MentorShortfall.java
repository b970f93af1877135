package example.mentoring.notification.email;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Tells a coordinator, seven days before a cohort's deadline, that its mentees outnumber the
 * mentor slots offered so far, with the way to the "Become a mentor" draft post written for them.
 */
public record MentorShortfall(
        String programName,
        String recipientName,
        String cohortName,
        int mentees,
        int mentorSlots,
        Instant applicationDeadline,
        ZoneId timeZone,
        String draftUrl) implements EmailMessage {

    public MentorShortfall {
        Checks.text(programName, "programName");
        Checks.text(recipientName, "recipientName");
        Checks.text(cohortName, "cohortName");
        Checks.present(applicationDeadline, "applicationDeadline");
        Checks.present(timeZone, "timeZone");
        Checks.httpUrl(draftUrl, "draftUrl");
        if (mentees <= mentorSlots || mentorSlots < 0) {
            throw new IllegalArgumentException("a shortfall needs more mentees than mentor slots");
        }
    }

    /** How many mentees the mentor slots offered so far leave without a mentor. */
    public int shortfall() {
        return mentees - mentorSlots;
    }

    @Override
    public EmailKind kind() {
        return EmailKind.MENTOR_SHORTFALL;
    }
}
