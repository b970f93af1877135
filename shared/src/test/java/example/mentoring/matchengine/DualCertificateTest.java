package example.mentoring.matchengine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The optimality certificate")
class DualCertificateTest {
    private final CertifiedFlowSolver solver = new CertifiedFlowSolver();

    @Test
    @DisplayName("accepts the engine's own prices, and the assignment they prove is the exhaustive optimum")
    void certifiesTheOptimum() {
        for (int seed = 0; seed < 300; seed++) {
            MatchingInstance instance = instance(RandomCohort.withPriorities(new Random(seed)));
            PricedAssignment solution = solver.solveCertified(instance);
            assertTrue(proves(instance, solution), "seed " + seed);
            assertArrayEquals(value(instance, new ExhaustiveSolver().solve(instance)),
                    value(instance, solution.mentorOf), "seed " + seed);
        }
    }

    @Test
    @DisplayName("rejects every assignment worse than the optimum, with random prices and after the solver's own price repair")
    void rejectsSuboptimalAssignments() {
        int tried = 0;
        for (int seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            MatchingInstance instance = instance(RandomCohort.withPriorities(random));
            Objective objective = Objective.of(instance);
            ScoreTable table = new ScoreTable(instance);
            long[] best = value(instance, new ExhaustiveSolver().solve(instance));
            List<int[]> worse = new ArrayList<>();
            for (int[] assignment : allAssignments(instance)) {
                if (Arrays.compare(value(instance, assignment), best) < 0) {
                    worse.add(assignment);
                }
            }
            for (int k = 0; k < Math.min(40, worse.size()); k++) {
                int[] assignment = worse.get(random.nextInt(worse.size()));
                for (int t = 0; t < 4; t++) {
                    PricedAssignment priced = feasiblePrices(instance, objective, assignment, random);
                    DualCertificate.Outcome outcome = DualCertificate.check(table, priced, objective);
                    assertFalse(outcome.optimal(), "seed " + seed + ": " + Arrays.toString(assignment));
                    assertFalse(repairedIntoProof(instance, priced, outcome), "seed " + seed);
                    tried++;
                }
            }
        }
        assertTrue(tried > 5_000, "only " + tried + " suboptimal assignments tried");
    }

    @Test
    @DisplayName("rejects the best-score assignment whenever a priority mentee was left out for that score, even after price repair")
    void rejectsTheScoreOptimumWhenPriorityDecides() {
        int rejected = 0;
        for (int seed = 0; seed < 800; seed++) {
            Random random = new Random(seed);
            MatchingProblem problem = RandomCohort.withPriorities(random);
            MatchingInstance instance = instance(problem);
            Objective objective = Objective.of(instance);
            int[] bestScore = new ExhaustiveSolver().solve(instance(RandomCohort.withoutPriorities(problem)));
            long[] best = value(instance, new ExhaustiveSolver().solve(instance));
            if (Arrays.compare(value(instance, bestScore), best) < 0) {
                for (int t = 0; t < 10; t++) {
                    PricedAssignment priced = feasiblePrices(instance, objective, bestScore, random);
                    DualCertificate.Outcome outcome = DualCertificate.check(new ScoreTable(instance), priced, objective);
                    assertFalse(outcome.optimal(), "seed " + seed);
                    assertFalse(repairedIntoProof(instance, priced, outcome), "seed " + seed);
                }
                rejected++;
            }
        }
        assertTrue(rejected >= 40, "only " + rejected + " instances where the best score leaves a priority mentee out");
    }

    @Test
    @DisplayName("the price repair turns any prices of an optimal assignment into a proof, so its failures above mean something")
    void repairProvesEveryOptimum() {
        int repaired = 0;
        for (int seed = 0; seed < 300; seed++) {
            Random random = new Random(seed);
            MatchingInstance instance = instance(RandomCohort.withPriorities(random));
            if (instance.menteeCount() == 0) {
                continue;
            }
            Objective objective = Objective.of(instance);
            int[] optimum = new ExhaustiveSolver().solve(instance);
            for (int t = 0; t < 10; t++) {
                PricedAssignment priced = feasiblePrices(instance, objective, optimum, random);
                DualCertificate.Outcome outcome = DualCertificate.check(new ScoreTable(instance), priced, objective);
                if (!outcome.optimal()) {
                    assertTrue(repairedIntoProof(instance, priced, outcome), "seed " + seed);
                    repaired++;
                }
            }
        }
        assertTrue(repaired > 500, "only " + repaired + " repairs needed");
    }

    /** Whether the prices pass the full check: a node condition broken is no proof either. */
    private static boolean proves(MatchingInstance instance, PricedAssignment priced) {
        try {
            return DualCertificate.check(new ScoreTable(instance), priced, Objective.of(instance)).optimal();
        } catch (IllegalStateException brokenNodeCondition) {
            return false;
        }
    }

    private static boolean repairedIntoProof(MatchingInstance instance, PricedAssignment priced,
                                             DualCertificate.Outcome outcome) {
        try {
            return PriceRepair.reprice(new ScoreTable(instance), priced, Objective.of(instance), outcome.violating())
                    && proves(instance, priced);
        } catch (IllegalStateException brokenNodeCondition) {
            return false;
        }
    }

    /**
     * Random prices meeting every per-node condition of the certificate for this assignment, as high as they may
     * be half of the time (tight matched pairs, 0 for unmatched mentees): the pair check alone must reject them.
     */
    private static PricedAssignment feasiblePrices(MatchingInstance instance, Objective objective, int[] mentorOf,
                                                   Random random) {
        int mentors = instance.mentorCount();
        long top = objective.base(0) * 3;
        int[] load = new int[mentors];
        long[] lightest = new long[mentors];
        Arrays.fill(lightest, Long.MAX_VALUE);
        for (int i = 0; i < mentorOf.length; i++) {
            if (mentorOf[i] != MatchingSolver.UNMATCHED) {
                load[mentorOf[i]]++;
                lightest[mentorOf[i]] = Math.min(lightest[mentorOf[i]],
                        objective.weight(i, instance.score(i, mentorOf[i])));
            }
        }
        long[] v = new long[mentors];
        for (int m = 0; m < mentors; m++) {
            if (load[m] == 0) {
                v[m] = random.nextBoolean() ? 0 : -random.nextLong(top);
            } else if (load[m] == instance.capacity(m)) {
                v[m] = random.nextLong(lightest[m] + 1);
            }
        }
        long[] u = new long[mentorOf.length];
        boolean tight = random.nextBoolean();
        for (int i = 0; i < u.length; i++) {
            int m = mentorOf[i];
            if (m == MatchingSolver.UNMATCHED) {
                u[i] = tight ? 0 : -random.nextLong(top);
            } else {
                long room = objective.weight(i, instance.score(i, m)) - v[m];
                u[i] = tight ? room : random.nextLong(room + 1);
            }
        }
        return new PricedAssignment(mentorOf.clone(), u, v);
    }

    /** The instance the engine builds for these participants when nothing is locked or excluded. */
    static MatchingInstance instance(MatchingProblem problem) {
        List<Participant> mentees = problem.mentees();
        PairScorer scorer = new PairScorer(problem.mentors(), mentees, problem.weights(), Set.of());
        boolean[] priority = new boolean[mentees.size()];
        for (int e = 0; e < priority.length; e++) {
            priority[e] = mentees.get(e).priority();
        }
        return new MatchingInstance(scorer, IntStream.range(0, mentees.size()).toArray(),
                problem.mentors().stream().mapToInt(Participant::capacity).toArray(), priority);
    }

    /** (matched, priority mentees matched, total score): the objective, compared lexicographically. */
    static long[] value(MatchingInstance instance, int[] mentorOf) {
        long[] value = new long[3];
        for (int i = 0; i < mentorOf.length; i++) {
            if (mentorOf[i] != MatchingSolver.UNMATCHED) {
                value[0]++;
                value[1] += instance.priority(i) ? 1 : 0;
                value[2] += instance.score(i, mentorOf[i]);
            }
        }
        return value;
    }

    private static List<int[]> allAssignments(MatchingInstance instance) {
        List<int[]> all = new ArrayList<>();
        int[] current = new int[instance.menteeCount()];
        enumerate(instance, 0, current, new int[instance.mentorCount()], all);
        return all;
    }

    private static void enumerate(MatchingInstance instance, int mentee, int[] current, int[] load, List<int[]> out) {
        if (mentee == current.length) {
            out.add(current.clone());
            return;
        }
        current[mentee] = MatchingSolver.UNMATCHED;
        enumerate(instance, mentee + 1, current, load, out);
        for (int m = 0; m < instance.mentorCount(); m++) {
            if (instance.score(mentee, m) != PairScorer.INELIGIBLE && load[m] < instance.capacity(m)) {
                load[m]++;
                current[mentee] = m;
                enumerate(instance, mentee + 1, current, load, out);
                load[m]--;
            }
        }
        current[mentee] = MatchingSolver.UNMATCHED;
    }
}
