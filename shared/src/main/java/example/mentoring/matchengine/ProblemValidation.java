package example.mentoring.matchengine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Rejects problems that contradict themselves before any matching work is done. */
final class ProblemValidation {
    private ProblemValidation() {
    }

    static void check(MatchingProblem problem) {
        Map<String, Participant> mentors = byId(problem.mentors(), "mentor");
        Map<String, Participant> mentees = byId(problem.mentees(), "mentee");
        for (String id : mentors.keySet()) {
            if (mentees.containsKey(id)) {
                throw new InvalidMatchingProblem("duplicate application id " + id + " (both mentor and mentee)");
            }
        }
        for (Participant mentor : mentors.values()) {
            if (mentor.capacity() < 0) {
                throw new InvalidMatchingProblem("mentor " + mentor.applicationId() + " has negative capacity "
                        + mentor.capacity());
            }
        }
        checkKnown(problem.lockedPairs(), "locked", mentors, mentees);
        checkKnown(problem.excludedPairs(), "excluded", mentors, mentees);

        Set<String> lockedMentees = new HashSet<>();
        Map<String, Integer> lockedPerMentor = new HashMap<>();
        Set<PairId> excluded = new HashSet<>(problem.excludedPairs());
        for (PairId pair : problem.lockedPairs()) {
            if (!lockedMentees.add(pair.menteeApplicationId())) {
                throw new InvalidMatchingProblem("mentee " + pair.menteeApplicationId() + " is locked more than once");
            }
            if (excluded.contains(pair)) {
                throw new InvalidMatchingProblem("pair " + pair.mentorApplicationId() + "/"
                        + pair.menteeApplicationId() + " is both locked and excluded");
            }
            int locked = lockedPerMentor.merge(pair.mentorApplicationId(), 1, Integer::sum);
            int capacity = mentors.get(pair.mentorApplicationId()).capacity();
            if (locked > capacity) {
                throw new InvalidMatchingProblem("mentor " + pair.mentorApplicationId() + " is locked to " + locked
                        + " mentees but has capacity " + capacity);
            }
        }
    }

    private static Map<String, Participant> byId(List<Participant> participants, String role) {
        Map<String, Participant> byId = new HashMap<>();
        for (Participant p : participants) {
            Objects.requireNonNull(p, role + " list contains null");
            if (byId.put(p.applicationId(), p) != null) {
                throw new InvalidMatchingProblem("duplicate application id " + p.applicationId() + " among " + role
                        + "s");
            }
        }
        return byId;
    }

    private static void checkKnown(List<PairId> pairs, String kind, Map<String, Participant> mentors,
                                   Map<String, Participant> mentees) {
        for (PairId pair : pairs) {
            Objects.requireNonNull(pair, kind + " pairs contain null");
            if (!mentors.containsKey(pair.mentorApplicationId())) {
                throw new InvalidMatchingProblem(kind + " pair names unknown mentor " + pair.mentorApplicationId());
            }
            if (!mentees.containsKey(pair.menteeApplicationId())) {
                throw new InvalidMatchingProblem(kind + " pair names unknown mentee " + pair.menteeApplicationId());
            }
        }
    }
}
