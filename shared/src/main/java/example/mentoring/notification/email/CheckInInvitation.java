package example.mentoring.notification.email;

/**
 * A check-in survey's invitation to one participant, with their personal link (no login). It
 * names the check-in's title and how many questions it has, never the questions themselves.
 */
public record CheckInInvitation(
        String programName,
        String recipientName,
        String cohortName,
        String checkInTitle,
        int questionCount,
        String checkInUrl) implements EmailMessage {

    public CheckInInvitation {
        Checks.text(programName, "programName");
        Checks.text(recipientName, "recipientName");
        Checks.text(cohortName, "cohortName");
        Checks.text(checkInTitle, "checkInTitle");
        if (questionCount < 1) {
            throw new IllegalArgumentException("questionCount must be positive: " + questionCount);
        }
        Checks.httpUrl(checkInUrl, "checkInUrl");
    }

    @Override
    public EmailKind kind() {
        return EmailKind.CHECK_IN_INVITATION;
    }
}
