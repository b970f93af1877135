package example.mentoring.report;

import example.mentoring.meeting.EngagementReport;
import example.mentoring.meeting.EngagementReport.PairEngagement;
import example.mentoring.meeting.MeetingForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A cohort's engagement report as CSV: a row per match (meetings, minutes, last meeting, whether
 * it is quiet) with a column per meeting activity, in the API's order.
 */
public final class EngagementCsv {

    static final List<String> HEADER;

    static {
        List<String> header = new ArrayList<>(List.of("matchId", "mentorName", "menteeName", "startsOn", "meetings",
                "minutes", "lastMeetingOn", "quiet"));
        MeetingForm.ACTIVITIES.forEach(activity -> header.add("activity:" + activity));
        HEADER = List.copyOf(header);
    }

    private EngagementCsv() {
    }

    public static void write(EngagementReport report, Appendable out) {
        SpreadsheetCsv csv = new SpreadsheetCsv(out, HEADER);
        Set<String> quiet = report.quiet().stream().map(EngagementReport.QuietPair::matchId).collect(Collectors.toSet());
        for (PairEngagement pair : report.matches()) {
            List<Object> row = new ArrayList<>(java.util.Arrays.asList(pair.matchId(), pair.mentorName(),
                    pair.menteeName(), pair.startsOn(), pair.meetings(), pair.minutes(), pair.lastMeetingOn(),
                    quiet.contains(pair.matchId())));
            MeetingForm.ACTIVITIES.forEach(activity -> row.add(pair.activityCounts().getOrDefault(activity, 0)));
            csv.row(row);
        }
        csv.flush();
    }
}
