package example.mentoring.match;

import example.mentoring.application.Application;
import example.mentoring.matchengine.MatchingResult;
import example.mentoring.matchengine.PairId;
import example.mentoring.matchengine.Participant;
import example.mentoring.matchengine.Weights;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One matching run: what went in (the snapshot of the applications' scoring fields, the weights,
 * locked and excluded pairs), what was left out before solving (unconfirmed emails) and what came
 * out. Re-solving {@link #input()} reproduces the result (unless an erasure took a person's
 * demographics out of it since, {@link #erasing}). A rematch ({@link RunScope#UNMATCHED})
 * keeps in its input the sub-problem it solved (mentors with the places they had left, the mentees
 * without an active match, ended pairs excluded) and in {@code basis} the version of the cohort's
 * matches it was computed on: its confirmation is refused as outdated once they changed.
 */
public record MatchingRun(
        String runId,
        String cohortId,
        RunStatus status,
        Instant createdAt,
        Input input,
        MatchingResult result,
        boolean includeUnconfirmed,
        List<LeftOut> leftOut,
        Progress progress,
        RunScope scope,
        long basis) {

    /** PROPOSED until a coordinator confirms; CONFIRMING while its matches and emails are written; then CONFIRMED. */
    public enum RunStatus { PROPOSED, CONFIRMING, CONFIRMED }

    /**
     * How far a confirmation got: {@code confirmed} of {@code of} steps (each pair's match with its
     * introductions, each wait-list notice, each new participant's invitation). None while PROPOSED.
     */
    public record Progress(int confirmed, int of) {
    }

    /** Why an application was not given to the solver at all. */
    public static final String EMAIL_NOT_CONFIRMED = "email not confirmed";

    public MatchingRun {
        leftOut = leftOut == null ? List.of() : List.copyOf(leftOut); // runs stored before this field had none
        scope = scope == null ? RunScope.ALL : scope; // so had runs stored before rematches
    }

    /** An application the run left out before solving (its email is not confirmed), and why. */
    public record LeftOut(String applicationId, String role, String reason) {
    }

    /** Everything the solver saw. */
    public record Input(List<Participant> mentors, List<Participant> mentees, Weights weights,
                        List<PairId> lockedPairs, List<PairId> excludedPairs) {
    }

    /**
     * The run with the applications {@code applicationIds} erased from what the solver saw
     * ({@link Participant#erased}), or empty when the run holds none of them (or only erased ones).
     */
    public Optional<MatchingRun> erasing(Set<String> applicationIds, String pseudonym, String erased) {
        java.util.function.Predicate<Participant> named = p -> applicationIds.contains(p.applicationId())
                && !Application.isPseudonym(p.email());
        if (java.util.stream.Stream.concat(input.mentors().stream(), input.mentees().stream()).noneMatch(named)) {
            return Optional.empty();
        }
        java.util.function.Function<List<Participant>, List<Participant>> erase = participants -> participants.stream()
                .map(p -> named.test(p) ? p.erased(pseudonym, erased) : p).toList();
        Input erasedInput = new Input(erase.apply(input.mentors()), erase.apply(input.mentees()), input.weights(),
                input.lockedPairs(), input.excludedPairs());
        return Optional.of(new MatchingRun(runId, cohortId, status, createdAt, erasedInput, result, includeUnconfirmed,
                leftOut, progress, scope, basis));
    }

    /** A run as its header says it stands now (the stored body keeps what the run was proposed as). */
    public MatchingRun withState(RunStatus status, Progress progress) {
        return new MatchingRun(runId, cohortId, status, createdAt, input, result, includeUnconfirmed, leftOut, progress,
                scope, basis);
    }
}
