package example.mentoring.year;

import example.mentoring.aws.Transactions;
import example.mentoring.cohort.Cohort;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.Cohorts;
import example.mentoring.log.Log;
import example.mentoring.match.Match;
import example.mentoring.match.Matches;
import example.mentoring.meeting.MatchEngagement;
import example.mentoring.meeting.Meetings;
import example.mentoring.notification.Outbox;
import example.mentoring.notification.email.YearClosing;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The program year's end, fired by the cohort's one-time schedule at {@link Cohort#completesAt()}:
 * each active match becomes COMPLETED in one transaction with the closing emails to both of its
 * pair (their year in figures: meetings, minutes, goals done, activities). Firing again finds no
 * active match and emails nobody; a match completed meanwhile by another run is skipped, its
 * emails being that run's. The cohort then records its completion.
 */
public final class YearEnd {

    private final Cohorts cohorts;
    private final Matches matches;
    private final Meetings meetings;
    private final Outbox outbox;
    private final Transactions transactions;
    private final String programName;
    private final Clock clock;

    public YearEnd(Cohorts cohorts, Matches matches, Meetings meetings, Outbox outbox, Transactions transactions,
                   String programName, Clock clock) {
        this.cohorts = cohorts;
        this.matches = matches;
        this.meetings = meetings;
        this.outbox = outbox;
        this.transactions = transactions;
        this.programName = programName;
        this.clock = clock;
    }

    /** What the year's end did: the matches it completed now; nothing before the year is over or for no cohort. */
    public record Outcome(String cohortId, List<String> completed, boolean cohortCompleted) {
    }

    public Outcome complete(CohortId id) {
        Optional<Cohort> found = cohorts.find(id);
        Instant now = clock.instant();
        if (found.isEmpty() || now.isBefore(found.get().completesAt())) {
            // removed since its schedule was made, or fired early (a programEnd moved later): nothing now
            Log.warn("year.end.ignored", Map.of("cohortId", id.value(), "reason", found.isEmpty() ? "not-found" : "not-yet"));
            return new Outcome(id.value(), List.of(), false);
        }
        Cohort cohort = found.get();
        List<Match> active = matches.activeOfCohort(id.value());
        Map<String, MatchEngagement> engagement = meetings.engagements(active.stream().map(Match::matchId).toList());
        List<String> completed = active.stream()
                .filter(match -> completeOne(cohort, match, engagement.getOrDefault(match.matchId(),
                        MatchEngagement.none(match.matchId()))))
                .map(Match::matchId).toList();
        cohorts.recordCompletion(id, now);
        Log.info("year.end", Map.of("cohortId", id.value(), "completed", completed.size()));
        return new Outcome(id.value(), completed, true);
    }

    private boolean completeOne(Cohort cohort, Match match, MatchEngagement engagement) {
        List<YearClosing.ActivityCount> activities = engagement.activityCounts().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new YearClosing.ActivityCount(e.getKey(), e.getValue())).toList();
        int done = (int) match.goalsDone();
        try {
            transactions.write(List.of(matches.complete(match.matchId()),
                    outbox.notify("closing-" + match.matchId() + "-mentor", match.mentorEmail(), new YearClosing(programName,
                            cohort.name(), match.mentorName(), match.menteeName(), engagement.meetings(),
                            engagement.minutes(), done, match.goals().size(), activities)),
                    outbox.notify("closing-" + match.matchId() + "-mentee", match.menteeEmail(), new YearClosing(programName,
                            cohort.name(), match.menteeName(), match.mentorName(), engagement.meetings(),
                            engagement.minutes(), done, match.goals().size(), activities))));
            return true;
        } catch (Transactions.ConditionsFailed endedOrCompletedMeanwhile) {
            return false;
        }
    }
}
