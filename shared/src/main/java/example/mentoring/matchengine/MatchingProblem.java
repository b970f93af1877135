package example.mentoring.matchengine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /**
     * The rematch of a cohort already matched (a run of scope {@code UNMATCHED}): the mentees without an active
     * match, each mentor with only the places left (0 for a full mentor, who is kept so that a mentee only they
     * could take reads "mentor capacity exhausted" and counts in {@code mentorSlotsNeeded}), and never a pair
     * whose match ended. Its optimum is the optimum of the whole cohort with the active matches locked,
     * restricted to the new pairs, so the engine proves it optimal like any other problem.
     *
     * @param mentors       the cohort's mentors with their full capacity
     * @param mentees       the cohort's mentees; those in {@code activeMatches} are left out
     * @param activeMatches the cohort's matches now: each takes one place of its mentor
     * @param endedMatches  pairs whose match ended: never proposed again
     * @param lockedPairs   the coordinator's, between participants of the rematch
     * @param excludedPairs the coordinator's, between participants of the rematch
     */
    public static MatchingProblem rematch(List<Participant> mentors, List<Participant> mentees, Weights weights,
                                          List<PairId> activeMatches, List<PairId> endedMatches,
                                          List<PairId> lockedPairs, List<PairId> excludedPairs) {
        Map<String, Integer> placesTaken = new HashMap<>();
        Set<String> matchedMentees = new HashSet<>();
        for (PairId match : activeMatches) {
            placesTaken.merge(match.mentorApplicationId(), 1, Integer::sum);
            matchedMentees.add(match.menteeApplicationId());
        }
        List<Participant> mentorsWithPlaces = new ArrayList<>();
        for (Participant mentor : mentors) {
            int left = mentor.capacity() - placesTaken.getOrDefault(mentor.applicationId(), 0);
            mentorsWithPlaces.add(mentor.withCapacity(Math.max(0, left)));
        }
        List<Participant> unmatchedMentees = mentees.stream()
                .filter(mentee -> !matchedMentees.contains(mentee.applicationId())).toList();
        Set<String> mentorIds = new HashSet<>();
        mentorsWithPlaces.forEach(mentor -> mentorIds.add(mentor.applicationId()));
        Set<String> menteeIds = new HashSet<>();
        unmatchedMentees.forEach(mentee -> menteeIds.add(mentee.applicationId()));
        Set<PairId> excluded = new LinkedHashSet<>(excludedPairs);
        for (PairId ended : endedMatches) {
            if (mentorIds.contains(ended.mentorApplicationId()) && menteeIds.contains(ended.menteeApplicationId())) {
                excluded.add(ended);
            }
        }
        return new MatchingProblem(mentorsWithPlaces, unmatchedMentees, weights, lockedPairs, List.copyOf(excluded));
    }
}
