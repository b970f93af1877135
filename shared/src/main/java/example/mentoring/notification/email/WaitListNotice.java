package example.mentoring.notification.email;

/** Tells an applicant that the cohort is full and they are on its wait list. */
public record WaitListNotice(String programName, String cohortName, String recipientName) implements EmailMessage {

    public WaitListNotice {
        Checks.text(programName, "programName");
        Checks.text(cohortName, "cohortName");
        Checks.text(recipientName, "recipientName");
    }

    @Override
    public EmailKind kind() {
        return EmailKind.WAIT_LIST_NOTICE;
    }
}
