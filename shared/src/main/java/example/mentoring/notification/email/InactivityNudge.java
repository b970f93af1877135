package example.mentoring.notification.email;

/**
 * A gentle reminder when a pair has not logged a meeting for a while.
 *
 * @param daysSinceLastMeeting days since the last logged meeting, or {@code null} if the pair never met
 */
public record InactivityNudge(
        String programName,
        String cohortName,
        String recipientName,
        String partnerName,
        Integer daysSinceLastMeeting,
        String logMeetingUrl) implements EmailMessage {

    public InactivityNudge {
        Checks.text(programName, "programName");
        Checks.text(cohortName, "cohortName");
        Checks.text(recipientName, "recipientName");
        Checks.text(partnerName, "partnerName");
        if (daysSinceLastMeeting != null && daysSinceLastMeeting < 0) {
            throw new IllegalArgumentException("daysSinceLastMeeting must not be negative: " + daysSinceLastMeeting);
        }
        Checks.httpUrl(logMeetingUrl, "logMeetingUrl");
    }

    @Override
    public EmailKind kind() {
        return EmailKind.INACTIVITY_NUDGE;
    }
}
