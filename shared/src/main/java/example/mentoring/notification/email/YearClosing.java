package example.mentoring.notification.email;

import java.util.List;

/**
 * The closing email at the program year's end: the pair's year in figures.
 *
 * @param activities the activities the pair logged, each with how many meetings had it, most first
 */
public record YearClosing(String programName, String cohortName, String recipientName, String partnerName,
                         int meetings, int minutes, int goalsDone, int goalsSet, List<ActivityCount> activities)
        implements EmailMessage {

    public record ActivityCount(String activity, int meetings) {
    }

    public YearClosing {
        Checks.text(programName, "programName");
        Checks.text(cohortName, "cohortName");
        Checks.text(recipientName, "recipientName");
        Checks.text(partnerName, "partnerName");
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    @Override
    public EmailKind kind() {
        return EmailKind.YEAR_CLOSING;
    }
}
