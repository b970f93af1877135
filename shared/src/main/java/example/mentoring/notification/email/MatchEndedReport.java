package example.mentoring.notification.email;

/**
 * Tells the coordinators that a match ended early, who ended it and why (the reason is for their
 * eyes only), with a link to the match.
 *
 * @param endedBy {@code MENTOR}, {@code MENTEE} or {@code COORDINATOR}
 */
public record MatchEndedReport(String programName, String cohortName, String recipientName, String mentorName,
                               String menteeName, String endedBy, String reason, String matchUrl)
        implements EmailMessage {

    public MatchEndedReport {
        Checks.text(programName, "programName");
        Checks.text(cohortName, "cohortName");
        Checks.text(recipientName, "recipientName");
        Checks.text(mentorName, "mentorName");
        Checks.text(menteeName, "menteeName");
        Checks.text(endedBy, "endedBy");
        Checks.text(reason, "reason");
        Checks.httpUrl(matchUrl, "matchUrl");
    }

    @Override
    public EmailKind kind() {
        return EmailKind.MATCH_ENDED_REPORT;
    }
}
