package example.mentoring.match;

import com.github.f4b6a3.ulid.UlidCreator;
import example.mentoring.application.Application;
import example.mentoring.application.Applications;
import example.mentoring.cohort.Cohort;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.CohortNotClosed;
import example.mentoring.cohort.CohortStatus;
import example.mentoring.cohort.Cohorts;
import example.mentoring.log.Log;
import example.mentoring.matchengine.InvalidMatchingProblem;
import example.mentoring.matchengine.MatchingEngine;
import example.mentoring.matchengine.MatchingProblem;
import example.mentoring.matchengine.MatchingResult;
import example.mentoring.matchengine.PairId;
import example.mentoring.matchengine.Participant;
import example.mentoring.outcome.Invalid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs matching for a closed cohort, or rematches the unmatched of a matched one, and keeps the run
 * as a record. The run's snapshot of applications is read only once the close is recorded, so no
 * application can join afterwards.
 */
public final class MatchingRunner {

    private final Cohorts cohorts;
    private final Applications applications;
    private final MatchingRuns runs;
    private final Matches matches;
    private final MatchingEngine engine;
    private final Clock clock;

    public MatchingRunner(Cohorts cohorts, Applications applications, MatchingRuns runs, Matches matches,
                          MatchingEngine engine, Clock clock) {
        this.cohorts = cohorts;
        this.applications = applications;
        this.runs = runs;
        this.matches = matches;
        this.engine = engine;
        this.clock = clock;
    }

    public MatchingRun run(CohortId cohortId, RunRequest.Unchecked unchecked) {
        Instant now = clock.instant();
        Cohort cohort = cohorts.get(cohortId);
        if (unchecked.scope() == RunScope.UNMATCHED) {
            return rematch(cohort, unchecked, now);
        }
        if (cohort.statusAt(now) != CohortStatus.CLOSED) {
            throw new CohortNotClosed("Matching runs on a CLOSED cohort; " + cohortId + " is " + cohort.statusAt(now) + ".");
        }
        if (cohort.closedAt().isEmpty()) {
            // Closed by the clock alone: record it before reading the applications, so that a
            // submission whose function's clock still reads "open" can no longer commit behind the
            // snapshot (its transaction is conditional on no recorded close).
            cohorts.recordClose(cohortId, cohort.closingTime(now));
        }
        List<Application> all = applications.all(cohortId.value());
        Considered considered = consider(all, unchecked);
        MatchingRun.Input input = new MatchingRun.Input(considered.mentors(), considered.mentees(),
                considered.request().weights(), considered.request().lockedPairs(), considered.excludedPairs());
        return save(cohortId, now, input, considered, RunScope.ALL, 0);
    }

    /**
     * A run of scope UNMATCHED on a MATCHED cohort: the sub-problem of the mentees without an active
     * match and the places mentors have left, never an ended pair again ({@link MatchingProblem#rematch}).
     * Computed on the cohort's matches as they stand, and refused while a confirmation is still
     * writing them.
     */
    private MatchingRun rematch(Cohort cohort, RunRequest.Unchecked unchecked, Instant now) {
        CohortId cohortId = cohort.id();
        if (cohort.statusAt(now) != CohortStatus.MATCHED) {
            throw new CohortNotMatched("A rematch (scope UNMATCHED) runs on a MATCHED cohort; " + cohortId + " is "
                    + cohort.statusAt(now) + ".");
        }
        if (runs.headers(cohortId.value()).stream().anyMatch(h -> h.status() == MatchingRun.RunStatus.CONFIRMING)) {
            throw new ConfirmationInProgress(cohortId);
        }
        long basis = cohorts.matchesVersion(cohortId); // read before the matches: a change in between outdates the run
        List<Match> cohortMatches = matches.allOfCohort(cohortId.value());
        List<PairId> active = cohortMatches.stream().filter(Match::isActive).map(Match::pair).toList();
        List<PairId> ended = cohortMatches.stream().filter(m -> !m.isActive()).map(Match::pair).toList();
        Considered considered = consider(applications.all(cohortId.value()), unchecked);
        MatchingProblem problem = rematchProblem(considered, active, ended);
        MatchingRun.Input input = new MatchingRun.Input(problem.mentors(), problem.mentees(), problem.weights(),
                problem.lockedPairs(), problem.excludedPairs());
        return save(cohortId, now, input, considered, RunScope.UNMATCHED, basis);
    }

    private static MatchingProblem rematchProblem(Considered considered, List<PairId> active, List<PairId> ended) {
        try {
            return MatchingProblem.rematch(considered.mentors(), considered.mentees(), considered.request().weights(),
                    active, ended, considered.request().lockedPairs(), considered.excludedPairs());
        } catch (InvalidMatchingProblem invalid) {
            throw Invalid.field("", invalid.getMessage());
        }
    }

    /** The applications a run gives the solver, what it leaves out (unconfirmed emails), and the checked request. */
    private record Considered(RunRequest request, List<Participant> mentors, List<Participant> mentees,
                              List<PairId> excludedPairs, List<MatchingRun.LeftOut> leftOut) {
    }

    private static Considered consider(List<Application> stored, RunRequest.Unchecked unchecked) {
        // an erased person's application stays for the cohort's counts, but they are no longer an applicant
        List<Application> all = stored.stream().filter(a -> !a.erased()).toList();
        Set<String> unconfirmed = all.stream().filter(a -> !a.emailConfirmed()).map(Application::applicationId)
                .collect(Collectors.toSet());
        RunRequest request = unchecked.against(
                ids(all.stream().filter(Application::isMentor)), ids(all.stream().filter(a -> !a.isMentor())), unconfirmed);
        Set<String> leftOutIds = request.includeUnconfirmed() ? Set.of() : unconfirmed;
        List<Application> considered = all.stream().filter(a -> !leftOutIds.contains(a.applicationId())).toList();
        List<MatchingRun.LeftOut> leftOut = all.stream().filter(a -> leftOutIds.contains(a.applicationId()))
                .map(a -> new MatchingRun.LeftOut(a.applicationId(), a.role().name(), MatchingRun.EMAIL_NOT_CONFIRMED))
                .toList();
        List<Participant> mentors = considered.stream().filter(Application::isMentor).map(Participants::of).toList();
        List<Participant> mentees = considered.stream().filter(a -> !a.isMentor()).map(Participants::of).toList();
        Set<String> consideredIds = ids(considered.stream());
        // an excluded pair with a left-out side needs no excluding
        List<PairId> excludedPairs = request.excludedPairs().stream()
                .filter(p -> consideredIds.contains(p.mentorApplicationId()) && consideredIds.contains(p.menteeApplicationId()))
                .toList();
        return new Considered(request, mentors, mentees, excludedPairs, leftOut);
    }

    private MatchingRun save(CohortId cohortId, Instant now, MatchingRun.Input input, Considered considered,
                             RunScope scope, long basis) {
        MatchingRun run = new MatchingRun(UlidCreator.getMonotonicUlid().toString(), cohortId.value(),
                MatchingRun.RunStatus.PROPOSED, now, input, solve(input), considered.request().includeUnconfirmed(),
                considered.leftOut(), null, scope, basis);
        runs.save(run);
        Log.info("matching.run", Map.of("cohortId", cohortId.value(), "runId", run.runId(), "scope", scope.name(),
                "matched", run.result().stats().matched(), "unmatched", run.result().stats().unmatched(),
                "leftOut", considered.leftOut().size(),
                "millis", java.time.Duration.between(now, clock.instant()).toMillis()));
        return run;
    }

    /** Solves a run's input; the same input always gives the same result. */
    public MatchingResult solve(MatchingRun.Input input) {
        try {
            return engine.run(new MatchingProblem(input.mentors(), input.mentees(), input.weights(),
                    input.lockedPairs(), input.excludedPairs()));
        } catch (InvalidMatchingProblem invalid) {
            throw Invalid.field("", invalid.getMessage());
        }
    }

    public MatchingRun get(CohortId cohortId, String runId) {
        return runs.get(cohortId.value(), runId);
    }

    private static Set<String> ids(Stream<Application> applications) {
        return applications.map(Application::applicationId).collect(Collectors.toSet());
    }
}
