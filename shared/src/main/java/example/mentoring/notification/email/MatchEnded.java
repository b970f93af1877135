package example.mentoring.notification.email;

/**
 * Tells a participant that their match ended early. The reason is not in it: only coordinators read
 * the reason ({@link MatchEndedReport}).
 *
 * @param byCoordinator whether a coordinator ended it (else the partner did)
 */
public record MatchEnded(String programName, String cohortName, String recipientName, String partnerName,
                         boolean byCoordinator) implements EmailMessage {

    public MatchEnded {
        Checks.text(programName, "programName");
        Checks.text(cohortName, "cohortName");
        Checks.text(recipientName, "recipientName");
        Checks.text(partnerName, "partnerName");
    }

    @Override
    public EmailKind kind() {
        return EmailKind.MATCH_ENDED;
    }
}
