package example.mentoring.matchengine;

import java.util.List;

/**
 * @param lockedPairs   kept as they are, consuming the mentor's capacity; the mentee is then fixed
 * @param excludedPairs never proposed
 */
public record MatchingProblem(List<Participant> mentors, List<Participant> mentees, Weights weights,
                              List<PairId> lockedPairs, List<PairId> excludedPairs) {

    public MatchingProblem {
        mentors = mentors == null ? List.of() : List.copyOf(mentors);
        mentees = mentees == null ? List.of() : List.copyOf(mentees);
        weights = weights == null ? Weights.DEFAULT : weights;
        lockedPairs = lockedPairs == null ? List.of() : List.copyOf(lockedPairs);
        excludedPairs = excludedPairs == null ? List.of() : List.copyOf(excludedPairs);
    }

    public MatchingProblem(List<Participant> mentors, List<Participant> mentees) {
        this(mentors, mentees, Weights.DEFAULT, List.of(), List.of());
    }
}
