package example.mentoring.match;

import example.mentoring.application.Application;
import example.mentoring.application.Applications;
import example.mentoring.aws.Transactions;
import example.mentoring.aws.Write;
import example.mentoring.cohort.Cohort;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.CohortNotClosed;
import example.mentoring.cohort.CohortStatus;
import example.mentoring.cohort.Cohorts;
import example.mentoring.log.Log;
import example.mentoring.matching.Proposal;
import example.mentoring.matching.UnmatchedMentee;
import example.mentoring.notification.Outbox;
import example.mentoring.notification.email.MatchIntroduction;
import example.mentoring.notification.email.ProgramRole;
import example.mentoring.notification.email.WaitListNotice;
import example.mentoring.text.Digests;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a run into matches. Every write is built first (so nothing that can fail comes after the
 * first write); then the cohort is marked as matched by this run (so no other run can be
 * confirmed); then each pair's match and both introductions are written in one transaction,
 * and each unmatched mentee's wait-list notice likewise. Every write is conditional on not
 * existing and every id is derived from the run, so a confirmation that is repeated, or resumed
 * after a crash, completes what is missing and duplicates nothing. Then every matched participant
 * is invited into the user pool (idempotent too), and the run is marked CONFIRMED last.
 */
public final class MatchConfirmation {

    static final int PAIRS_PER_TRANSACTION = 33;
    static final int NOTICES_PER_TRANSACTION = 100;

    private final Cohorts cohorts;
    private final Applications applications;
    private final MatchingRuns runs;
    private final Outbox outbox;
    private final Matches matches;
    private final ParticipantAccounts accounts;
    private final Transactions transactions;
    private final String programName;
    private final String publicBaseUrl;
    private final Clock clock;

    public MatchConfirmation(Cohorts cohorts, Applications applications, MatchingRuns runs, Matches matches,
                             ParticipantAccounts accounts, Outbox outbox, Transactions transactions,
                             String programName, String publicBaseUrl, Clock clock) {
        this.cohorts = cohorts;
        this.applications = applications;
        this.runs = runs;
        this.matches = matches;
        this.accounts = accounts;
        this.outbox = outbox;
        this.transactions = transactions;
        this.programName = programName;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
        this.clock = clock;
    }

    public MatchingRun confirm(CohortId cohortId, String runId) {
        MatchingRun run = runs.get(cohortId.value(), runId);
        if (run.status() == MatchingRun.RunStatus.CONFIRMED) {
            return run;
        }
        Instant now = clock.instant();
        Cohort cohort = cohorts.get(cohortId);
        if (cohort.confirmedRunId().filter(other -> !other.equals(runId)).isPresent()) {
            throw new AlreadyMatched(cohortId);
        }
        if (cohort.confirmedRunId().isEmpty() && cohort.statusAt(now) != CohortStatus.CLOSED) {
            throw new CohortNotClosed("Cohort " + cohortId + " is " + cohort.statusAt(now) + ", not CLOSED.");
        }
        Map<String, Application> byId = applications.all(cohortId.value()).stream()
                .collect(Collectors.toMap(Application::applicationId, Function.identity()));
        LocalDate startsOn = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<List<Write>> pairWrites = new ArrayList<>();
        List<String> participants = new ArrayList<>();
        for (Proposal proposal : run.result().proposals()) {
            pairWrites.add(pairWrites(cohort, run, proposal, byId, startsOn, now));
            participants.add(byId.get(proposal.mentorApplicationId()).email());
            participants.add(byId.get(proposal.menteeApplicationId()).email());
        }
        List<List<Write>> noticeWrites = new ArrayList<>();
        for (UnmatchedMentee unmatched : run.result().unmatched()) {
            Application mentee = applicationOf(byId, unmatched.menteeApplicationId(), runId);
            noticeWrites.add(List.of(outbox.notify("waitlist-" + runId + "-" + mentee.applicationId(), mentee.email(),
                    new WaitListNotice(programName, cohort.name(), mentee.name()))));
        }
        // Everything that can fail (a missing application, an email that will not build) has by now:
        // only then is the cohort marked as matched by this run, so a failure leaves it CLOSED.
        if (!cohorts.confirmRun(cohortId, runId)) {
            throw new AlreadyMatched(cohortId);
        }
        transactions.writeOnce(pairWrites, PAIRS_PER_TRANSACTION);
        transactions.writeOnce(noticeWrites, NOTICES_PER_TRANSACTION);
        accounts.invite(participants);
        runs.markConfirmed(cohortId.value(), runId);
        Log.info("matching.confirmed", Map.of("cohortId", cohortId.value(), "runId", runId,
                "matches", pairWrites.size(), "waitListed", noticeWrites.size()));
        return run.confirmed();
    }

    private List<Write> pairWrites(
            Cohort cohort, MatchingRun run, Proposal proposal, Map<String, Application> byId, LocalDate startsOn,
            Instant now) {
        Application mentor = applicationOf(byId, proposal.mentorApplicationId(), run.runId());
        Application mentee = applicationOf(byId, proposal.menteeApplicationId(), run.runId());
        List<String> shared = mentee.interests().stream().filter(mentor.interests()::contains).toList();
        String matchId = matchIdOf(run.cohortId(), mentee.applicationId());
        Match match = new Match(matchId, run.cohortId(), run.runId(), mentor.applicationId(), mentee.applicationId(),
                mentor.name(), mentor.email(), mentee.name(), mentee.email(), proposal.score(), shared, startsOn, now);
        String meetingsUrl = publicBaseUrl + "/matches/" + matchId;
        return List.of(
                matches.add(match),
                outbox.notify("intro-" + matchId + "-mentor", mentor.email(), new MatchIntroduction(programName,
                        cohort.name(), mentor.name(), mentor.email(), mentee.name(), mentee.email(), ProgramRole.MENTOR,
                        shared, cohort.programStart(), meetingsUrl)),
                outbox.notify("intro-" + matchId + "-mentee", mentee.email(), new MatchIntroduction(programName,
                        cohort.name(), mentee.name(), mentee.email(), mentor.name(), mentor.email(), ProgramRole.MENTEE,
                        shared, cohort.programStart(), meetingsUrl)));
    }

    /** An application the run names; gone since the run (erased, say) means the run is outdated. */
    private static Application applicationOf(Map<String, Application> byId, String applicationId, String runId) {
        Application application = byId.get(applicationId);
        if (application == null) {
            throw new RunOutdated(runId);
        }
        return application;
    }

    /** A mentee has one match per cohort: its id follows from the two, stable across retries. */
    static String matchIdOf(String cohortId, String menteeApplicationId) {
        return "m" + Digests.sha256Hex(cohortId + "\n" + menteeApplicationId, 12);
    }
}
