package example.mentoring.report;

import example.mentoring.match.Competency;
import example.mentoring.meeting.EngagementReport;
import example.mentoring.meeting.EngagementReport.PairEngagement;
import example.mentoring.meeting.MeetingForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A cohort's engagement report as CSV: a row per match (status, meetings, minutes, last meeting,
 * whether it is quiet, goals set and done) with a column per meeting activity, in the API's order.
 * and a column per ALSC competency area (1 when the pair has a goal in it: a column's sum is the
 * JSON report's count of pairs working on that area).
 */
public final class EngagementCsv {

    static final List<String> HEADER;

    static {
        List<String> header = new ArrayList<>(List.of("matchId", "mentorName", "menteeName", "startsOn", "status",
                "meetings", "minutes", "lastMeetingOn", "quiet", "goalsSet", "goalsDone"));
        MeetingForm.ACTIVITIES.forEach(activity -> header.add("activity:" + activity));
        Competency.NAMES.forEach(competency -> header.add("competency:" + competency));
        HEADER = List.copyOf(header);
    }

    private EngagementCsv() {
    }

    public static void write(EngagementReport report, Appendable out) {
        SpreadsheetCsv csv = new SpreadsheetCsv(out, HEADER);
        Set<String> quiet = report.quiet().stream().map(EngagementReport.QuietPair::matchId).collect(Collectors.toSet());
        for (PairEngagement pair : report.matches()) {
            List<Object> row = new ArrayList<>(java.util.Arrays.asList(pair.matchId(), pair.mentorName(),
                    pair.menteeName(), pair.startsOn(), pair.status(), pair.meetings(), pair.minutes(), pair.lastMeetingOn(),
                    quiet.contains(pair.matchId()), pair.goalsSet(), pair.goalsDone()));
            MeetingForm.ACTIVITIES.forEach(activity -> row.add(pair.activityCounts().getOrDefault(activity, 0)));
            for (Competency competency : Competency.values()) {
                row.add(pair.competencies().contains(competency) ? 1 : 0);
            }
            csv.row(row);
        }
        csv.flush();
    }
}
