package example.mentoring.matchengine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches mentees to mentors: the most mentees possible, and among those the highest total score. Locked pairs
 * are kept (using their mentor's capacity), excluded pairs never proposed.
 *
 * <p>Deterministic: participants are sorted by application id before anything else, so the input order does
 * not matter, and the solver breaks ties by those sorted positions.
 */
public final class MatchingEngine {
    private final MatchingSolver solver;

    public MatchingEngine() {
        this(new CertifiedFlowSolver());
    }

    public MatchingEngine(MatchingSolver solver) {
        this.solver = solver;
    }

    public MatchingResult run(MatchingProblem problem) {
        ProblemValidation.check(problem);
        Comparator<Participant> byId = Comparator.comparing(Participant::applicationId);
        List<Participant> mentors = problem.mentors().stream().sorted(byId).toList();
        List<Participant> mentees = problem.mentees().stream().sorted(byId).toList();
        Map<String, Integer> mentorIndex = indexOf(mentors);
        Map<String, Integer> menteeIndex = indexOf(mentees);

        Set<Long> excluded = new HashSet<>();
        for (PairId pair : problem.excludedPairs()) {
            excluded.add(key(menteeIndex.get(pair.menteeApplicationId()), mentorIndex.get(pair.mentorApplicationId())));
        }
        PairScorer scorer = new PairScorer(mentors, mentees, problem.weights(), excluded);

        int[] mentorOf = new int[mentees.size()];
        Arrays.fill(mentorOf, MatchingSolver.UNMATCHED);
        int[] capacityLeft = mentors.stream().mapToInt(Participant::capacity).toArray();
        boolean[] locked = new boolean[mentees.size()];
        for (PairId pair : problem.lockedPairs()) {
            int e = menteeIndex.get(pair.menteeApplicationId());
            int m = mentorIndex.get(pair.mentorApplicationId());
            mentorOf[e] = m;
            locked[e] = true;
            capacityLeft[m]--;
        }
        int[] free = new int[mentees.size() - problem.lockedPairs().size()];
        for (int e = 0, k = 0; e < mentees.size(); e++) {
            if (!locked[e]) {
                free[k++] = e;
            }
        }
        // Locked pairs are in every feasible assignment, so the optimum is locked pairs + the optimum of the rest.
        MatchingInstance instance = new MatchingInstance(scorer, free, capacityLeft);
        int[] solved = solver.solve(instance);
        checkContract(instance, solved);
        for (int k = 0; k < free.length; k++) {
            mentorOf[free[k]] = solved[k];
        }
        return result(mentors, mentees, scorer, mentorOf, locked);
    }

    private MatchingResult result(List<Participant> mentors, List<Participant> mentees, PairScorer scorer,
                                  int[] mentorOf, boolean[] locked) {
        List<Proposal> proposals = new ArrayList<>();
        List<UnmatchedMentee> unmatched = new ArrayList<>();
        long totalScore = 0;
        int slotsNeeded = 0;
        for (int e = 0; e < mentees.size(); e++) {
            String menteeId = mentees.get(e).applicationId();
            int m = mentorOf[e];
            if (m != MatchingSolver.UNMATCHED) {
                int score = locked[e] ? scorer.rawScore(e, m) : scorer.score(e, m);
                totalScore += score;
                proposals.add(new Proposal(mentors.get(m).applicationId(), menteeId, score, scorer.reasons(e, m)));
            } else if (hasEligibleMentor(scorer, e)) {
                // One more slot at any eligible mentor places this mentee without moving anyone. Fewer cannot
                // do: each extra slot raises the maximum number of matches by at most one (it adds one unit of
                // capacity to the flow network), and the current count is already that maximum.
                slotsNeeded++;
                unmatched.add(new UnmatchedMentee(menteeId, UnmatchedMentee.CAPACITY_EXHAUSTED));
            } else {
                unmatched.add(new UnmatchedMentee(menteeId, UnmatchedMentee.NO_ELIGIBLE_MENTOR));
            }
        }
        int slots = mentors.stream().mapToInt(Participant::capacity).sum();
        MatchingStats stats = new MatchingStats(mentees.size(), mentors.size(), slots, proposals.size(),
                unmatched.size(), totalScore, slotsNeeded);
        return new MatchingResult(proposals, unmatched, stats, solver.name(), solver.version());
    }

    private static boolean hasEligibleMentor(PairScorer scorer, int mentee) {
        for (int m = 0; m < scorer.mentorCount(); m++) {
            if (scorer.eligible(mentee, m)) {
                return true;
            }
        }
        return false;
    }

    /** A pluggable solver could be wrong; never let it hand out an ineligible pair or overfill a mentor. */
    private static void checkContract(MatchingInstance instance, int[] solved) {
        if (solved.length != instance.menteeCount()) {
            throw new IllegalStateException("solver returned " + solved.length + " assignments for "
                    + instance.menteeCount() + " mentees");
        }
        int[] load = new int[instance.mentorCount()];
        for (int i = 0; i < solved.length; i++) {
            int m = solved[i];
            if (m == MatchingSolver.UNMATCHED) {
                continue;
            }
            if (instance.score(i, m) == PairScorer.INELIGIBLE || ++load[m] > instance.capacity(m)) {
                throw new IllegalStateException("solver proposed an ineligible pair or overfilled mentor " + m);
            }
        }
    }

    private static Map<String, Integer> indexOf(List<Participant> sorted) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            index.put(sorted.get(i).applicationId(), i);
        }
        return index;
    }

    private static long key(int mentee, int mentor) {
        return (long) mentee << 32 | mentor;
    }
}
