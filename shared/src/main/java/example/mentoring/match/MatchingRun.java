package example.mentoring.match;

import example.mentoring.matching.MatchingResult;
import example.mentoring.matching.PairId;
import example.mentoring.matching.Participant;
import example.mentoring.matching.Weights;
import java.time.Instant;
import java.util.List;

/**
 * One matching run: what went in (the snapshot of the applications' scoring fields, the weights,
 * locked and excluded pairs) and what came out. Re-solving {@link #input()} reproduces the result.
 */
public record MatchingRun(
        String runId,
        String cohortId,
        RunStatus status,
        Instant createdAt,
        Input input,
        MatchingResult result) {

    public enum RunStatus { PROPOSED, CONFIRMED }

    /** Everything the solver saw. */
    public record Input(List<Participant> mentors, List<Participant> mentees, Weights weights,
                        List<PairId> lockedPairs, List<PairId> excludedPairs) {
    }

    public MatchingRun confirmed() {
        return new MatchingRun(runId, cohortId, RunStatus.CONFIRMED, createdAt, input, result);
    }
}
