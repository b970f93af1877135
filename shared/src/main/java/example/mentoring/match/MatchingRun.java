package example.mentoring.match;

import example.mentoring.matching.MatchingResult;
import example.mentoring.matching.PairId;
import example.mentoring.matching.Participant;
import example.mentoring.matching.Weights;
import java.time.Instant;
import java.util.List;

/**
 * One matching run: what went in (the snapshot of the applications' scoring fields, the weights,
 * locked and excluded pairs), what was left out before solving (unconfirmed emails) and what came
 * out. Re-solving {@link #input()} reproduces the result.
 */
public record MatchingRun(
        String runId,
        String cohortId,
        RunStatus status,
        Instant createdAt,
        Input input,
        MatchingResult result,
        boolean includeUnconfirmed,
        List<LeftOut> leftOut) {

    public enum RunStatus { PROPOSED, CONFIRMED }

    /** Why an application was not given to the solver at all. */
    public static final String EMAIL_NOT_CONFIRMED = "email not confirmed";

    public MatchingRun {
        leftOut = leftOut == null ? List.of() : List.copyOf(leftOut); // runs stored before this field had none
    }

    /** An application the run left out before solving (its email is not confirmed), and why. */
    public record LeftOut(String applicationId, String role, String reason) {
    }

    /** Everything the solver saw. */
    public record Input(List<Participant> mentors, List<Participant> mentees, Weights weights,
                        List<PairId> lockedPairs, List<PairId> excludedPairs) {
    }

    public MatchingRun confirmed() {
        return new MatchingRun(runId, cohortId, RunStatus.CONFIRMED, createdAt, input, result, includeUnconfirmed, leftOut);
    }
}
