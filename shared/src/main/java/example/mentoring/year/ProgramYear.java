package example.mentoring.year;

import example.mentoring.text.Digests;
import example.mentoring.access.CoordinatorDirectory;
import example.mentoring.access.Principal;
import example.mentoring.application.Applications;
import example.mentoring.aws.Transactions;
import example.mentoring.aws.Write;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.Cohorts;
import example.mentoring.log.Log;
import example.mentoring.match.Match;
import example.mentoring.match.MatchEnding;
import example.mentoring.match.MatchNotFound;
import example.mentoring.match.Matches;
import example.mentoring.meeting.Meetings;
import example.mentoring.notification.Outbox;
import example.mentoring.notification.email.MatchEnded;
import example.mentoring.notification.email.MatchEndedReport;
import example.mentoring.notification.email.ProgramRole;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A match through its year, for its pair and the coordinators: reading it, replacing its goals,
 * ending it early. A match's existence is private: to anyone else every route answers 404.
 */
public final class ProgramYear {

    /** The program the emails come from, and where its web app lives. */
    public record Settings(String programName, String publicBaseUrl) {

        public Settings {
            publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
        }
    }

    private final Matches matches;
    private final Meetings meetings;
    private final Applications applications;
    private final Cohorts cohorts;
    private final Outbox outbox;
    private final Transactions transactions;
    private final CoordinatorDirectory coordinators;
    private final Settings settings;
    private final Clock clock;

    public ProgramYear(Matches matches, Meetings meetings, Applications applications, Cohorts cohorts, Outbox outbox,
                       Transactions transactions, CoordinatorDirectory coordinators, Settings settings, Clock clock) {
        this.matches = matches;
        this.meetings = meetings;
        this.applications = applications;
        this.cohorts = cohorts;
        this.outbox = outbox;
        this.transactions = transactions;
        this.coordinators = coordinators;
        this.settings = settings;
        this.clock = clock;
    }

    public MatchDetails show(String matchId, Principal caller) {
        return details(visibleTo(matchId, caller, true), caller);
    }

    /** Replaces the pair's goals; only the pair sets them, and only while the match is active. */
    public MatchDetails setGoals(String matchId, Principal caller, GoalsForm form) {
        Match match = visibleTo(matchId, caller, false);
        if (!match.isActive()) {
            throw new MatchNotActive(matchId, match.status());
        }
        transactions.write(List.of(matches.replaceGoals(matchId, form.goals())
                .refusing(() -> new MatchNotActive(matchId, matches.find(matchId).orElseThrow().status()))));
        Log.info("match.goals", Map.of("matchId", matchId, "goals", form.goals().size()));
        return details(matches.find(matchId).orElseThrow(), caller);
    }

    /**
     * Ends the match early, by one of the pair or a coordinator: in one transaction the match
     * becomes ENDED, the partner (both, when a coordinator ends it) and the coordinators are
     * emailed. Ending an ended match again changes nothing and emails nobody.
     */
    public MatchDetails end(String matchId, Principal caller, EndForm form) {
        Match match = visibleTo(matchId, caller, true);
        if (!match.isActive()) {
            return details(match, caller);
        }
        String endedBy = caller.verifiedEmail().filter(match::hasParticipant)
                .map(email -> (match.mentorEmail().equals(email) ? ProgramRole.MENTOR : ProgramRole.MENTEE).name())
                .orElse(MatchEnding.BY_COORDINATOR);
        MatchEnding ending = new MatchEnding(clock.instant(), endedBy, form.reason());
        String cohortName = cohorts.get(new CohortId(match.cohortId())).name();
        boolean byCoordinator = MatchEnding.BY_COORDINATOR.equals(endedBy);
        List<Write> writes = new ArrayList<>();
        writes.add(matches.end(matchId, ending));
        writes.add(cohorts.matchesChanged(new CohortId(match.cohortId()))); // outdates a rematch run before the end
        if (byCoordinator || endedBy.equals(ProgramRole.MENTEE.name())) {
            writes.add(outbox.notify("ended-" + matchId + "-mentor", match.mentorEmail(), new MatchEnded(
                    settings.programName(), cohortName, match.mentorName(), match.menteeName(), byCoordinator)));
        }
        if (byCoordinator || endedBy.equals(ProgramRole.MENTOR.name())) {
            writes.add(outbox.notify("ended-" + matchId + "-mentee", match.menteeEmail(), new MatchEnded(
                    settings.programName(), cohortName, match.menteeName(), match.mentorName(), byCoordinator)));
        }
        for (CoordinatorDirectory.Coordinator coordinator : coordinators.all()) {
            writes.add(outbox.notify("ended-" + matchId + "-" + Digests.sha256Hex(coordinator.email(), 10), coordinator.email(),
                    new MatchEndedReport(settings.programName(), cohortName, coordinator.name(), match.mentorName(),
                            match.menteeName(), endedBy, form.reason(), settings.publicBaseUrl() + "/app/matches/" + matchId)));
        }
        try {
            transactions.write(writes);
            // the reason is the coordinators' to read: never logged
            Log.info("match.ended", Map.of("matchId", matchId, "endedBy", endedBy));
        } catch (Transactions.ConditionsFailed endedMeanwhile) {
            // the partner or a coordinator ended it first: their end stands, and their emails
        }
        return details(matches.find(matchId).orElseThrow(), caller);
    }

    /**
     * The match if {@code caller} may see it: one of the pair (by verified email), or a coordinator
     * when {@code coordinators} allows; everyone else gets the same 404 as for no match at all.
     */
    private Match visibleTo(String matchId, Principal caller, boolean coordinators) {
        caller.requireAuthenticated();
        return matches.find(matchId)
                .filter(m -> (coordinators && caller.isCoordinator()) || caller.verifiedEmail().filter(m::hasParticipant).isPresent())
                .orElseThrow(MatchNotFound::new);
    }

    private MatchDetails details(Match match, Principal caller) {
        return MatchDetails.of(match, applications.find(match.cohortId(), match.mentorApplicationId()),
                applications.find(match.cohortId(), match.menteeApplicationId()),
                meetings.engagement(match.matchId()), caller.isCoordinator());
    }

}
