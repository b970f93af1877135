package example.mentoring.match;

import example.mentoring.matchengine.MatchingStats;
import example.mentoring.matchengine.PairId;
import example.mentoring.matchengine.Proposal;
import example.mentoring.matchengine.UnmatchedMentee;
import example.mentoring.matchengine.Weights;
import example.mentoring.notification.email.ProgramRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** How runs and matches appear in the API. */
public final class MatchViews {

    private MatchViews() {
    }

    public record Solver(String name, String version) {
    }

    /** A mentor's application that the run left out, and why ({@code email not confirmed}). */
    public record ExcludedMentor(String mentorApplicationId, String reason) {
    }

    /**
     * A run as coordinators read it (the input snapshot stays stored, not shown). Mentees left out
     * because their email is not confirmed are in {@code unmatched} with that reason (after the
     * solver's, by id); mentors left out are in {@code excluded}. {@code stats} count what the
     * solver was given, so neither is in them.
     */
    public record RunView(String runId, String cohortId, RunScope scope, MatchingRun.RunStatus status, Instant createdAt,
                          Weights weights, boolean includeUnconfirmed, List<PairId> lockedPairs,
                          List<PairId> excludedPairs, Solver solver, List<Proposal> proposals,
                          List<UnmatchedMentee> unmatched, List<ExcludedMentor> excluded, MatchingStats stats,
                          MatchingRun.Progress progress) {

        public static RunView of(MatchingRun run) {
            List<UnmatchedMentee> unmatched = new ArrayList<>(run.result().unmatched());
            List<ExcludedMentor> excluded = new ArrayList<>();
            for (MatchingRun.LeftOut left : run.leftOut()) {
                if (ProgramRole.MENTOR.name().equals(left.role())) {
                    excluded.add(new ExcludedMentor(left.applicationId(), left.reason()));
                } else {
                    unmatched.add(new UnmatchedMentee(left.applicationId(), left.reason()));
                }
            }
            return new RunView(run.runId(), run.cohortId(), run.scope(), run.status(), run.createdAt(), run.input().weights(),
                    run.includeUnconfirmed(), run.input().lockedPairs(), run.input().excludedPairs(),
                    new Solver(run.result().solverName(), run.result().solverVersion()),
                    run.result().proposals(), unmatched, excluded, run.result().stats(), run.progress());
        }
    }

    public record Person(String applicationId, String name, String email) {
    }

    /** A match as coordinators see it. */
    public record MatchView(String matchId, String cohortId, String runId, MatchStatus status, Person mentor,
                            Person mentee, int score, List<String> sharedInterests, LocalDate startsOn) {

        public static MatchView of(Match m) {
            return new MatchView(m.matchId(), m.cohortId(), m.runId(), m.status(),
                    new Person(m.mentorApplicationId(), m.mentorName(), m.mentorEmail()),
                    new Person(m.menteeApplicationId(), m.menteeName(), m.menteeEmail()),
                    m.score(), m.sharedInterests(), m.startsOn());
        }
    }

    public record Partner(String name, String email) {
    }

    /** One of the caller's own matches: their role in it and who their partner is. */
    public record MyMatchView(String matchId, String cohortId, MatchStatus status, String role, Partner partner,
                              List<String> sharedInterests, LocalDate startsOn) {

        public static MyMatchView of(Match m, String callerEmail) {
            boolean mentor = m.mentorEmail().equals(callerEmail);
            return new MyMatchView(m.matchId(), m.cohortId(), m.status(), (mentor ? ProgramRole.MENTOR : ProgramRole.MENTEE).name(),
                    mentor ? new Partner(m.menteeName(), m.menteeEmail()) : new Partner(m.mentorName(), m.mentorEmail()),
                    m.sharedInterests(), m.startsOn());
        }
    }
}
