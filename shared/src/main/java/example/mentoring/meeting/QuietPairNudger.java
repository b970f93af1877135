package example.mentoring.meeting;

import example.mentoring.aws.Transactions;
import example.mentoring.aws.Transactions.ConditionsFailed;
import example.mentoring.cohort.Cohort;
import example.mentoring.cohort.CohortStatus;
import example.mentoring.cohort.Cohorts;
import example.mentoring.paging.Page;
import example.mentoring.log.Log;
import example.mentoring.match.Match;
import example.mentoring.match.Matches;
import example.mentoring.notification.Outbox;
import example.mentoring.notification.email.InactivityNudge;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The weekly nudge: both members of every match of a running (MATCHED, not yet COMPLETED) cohort
 * that has had no meeting in 45 days get an email, at most once every 14 days per match. The nudge
 * is recorded on the match's summary in the same transaction as the two emails, on condition that
 * no nudge was recorded in the last 14 days, so overlapping runs never nudge twice.
 */
public final class QuietPairNudger {

    static final Duration NOT_AGAIN_WITHIN = Duration.ofDays(14);

    private final Cohorts cohorts;
    private final Matches matches;
    private final Meetings meetings;
    private final Outbox outbox;
    private final Transactions transactions;
    private final String programName;
    private final String publicBaseUrl;
    private final Clock clock;

    public QuietPairNudger(Cohorts cohorts, Matches matches, Meetings meetings, Outbox outbox, Transactions transactions,
                           String programName, String publicBaseUrl, Clock clock) {
        this.cohorts = cohorts;
        this.matches = matches;
        this.meetings = meetings;
        this.outbox = outbox;
        this.transactions = transactions;
        this.programName = programName;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
        this.clock = clock;
    }

    /** Nudges every quiet pair that is due; the ids of the matches nudged. */
    public List<String> nudgeQuietPairs() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<String> nudged = new ArrayList<>();
        for (Cohort cohort : runningCohorts(now)) {
            List<Match> cohortMatches = matches.activeOfCohort(cohort.id().value()); // an ended pair is not nudged
            Map<String, MatchEngagement> engagement = meetings.engagements(cohortMatches.stream().map(Match::matchId).toList());
            for (Match match : cohortMatches) {
                MatchEngagement e = engagement.get(match.matchId());
                boolean due = e.lastNudgedAt().map(at -> at.isBefore(now.minus(NOT_AGAIN_WITHIN))).orElse(true);
                if (e.isQuiet(match.startsOn(), today, EngagementReport.QUIET_DAYS) && due && nudge(cohort, match, e, now, today)) {
                    nudged.add(match.matchId());
                }
            }
        }
        Log.info("nudges.sent", Map.of("matches", nudged.size()));
        return nudged;
    }

    private boolean nudge(Cohort cohort, Match match, MatchEngagement engagement, Instant now, LocalDate today) {
        Integer days = engagement.lastMeetingOn().map(d -> (int) ChronoUnit.DAYS.between(d, today)).orElse(null);
        String url = publicBaseUrl + "/matches/" + match.matchId() + "/meetings/new";
        String id = "nudge-" + match.matchId() + "-" + today;
        try {
            transactions.write(List.of(
                    meetings.recordNudge(match.matchId(), now, now.minus(NOT_AGAIN_WITHIN)),
                    outbox.notify(id + "-mentor", match.mentorEmail(), new InactivityNudge(programName, cohort.name(),
                            match.mentorName(), match.menteeName(), days, url)),
                    outbox.notify(id + "-mentee", match.menteeEmail(), new InactivityNudge(programName, cohort.name(),
                            match.menteeName(), match.mentorName(), days, url))));
            return true;
        } catch (ConditionsFailed alreadyNudged) {
            return false;
        }
    }

    private List<Cohort> runningCohorts(Instant now) {
        return Page.all(cohorts::list).stream().filter(c -> c.statusAt(now) == CohortStatus.MATCHED).toList();
    }
}
