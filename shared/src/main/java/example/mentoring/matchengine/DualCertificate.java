package example.mentoring.matchengine;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Checks the dual prices of a sparse solution against EVERY eligible pair of the instance, not just the
 * candidate arcs: the proof of optimality.
 *
 * <p>Network: S -> mentee (cap 1) -> mentor (cap 1, cost -w, w = big + score) -> T (cap = capacity) -> S.
 * With potentials 0 for S and T, u for a mentee and -v for a mentor, every arc of the FULL residual graph has
 * non-negative reduced cost exactly when:
 * <ul>
 *   <li>every eligible pair not assigned: u + v >= w (checked here over all pairs, in one parallel pass);</li>
 *   <li>every assigned pair: u + v <= w;</li>
 *   <li>unmatched mentee: u <= 0; matched mentee: u >= 0;</li>
 *   <li>mentor with room left: v <= 0; mentor with at least one mentee: v >= 0.</li>
 * </ul>
 * Then the residual graph has no negative cycle, so the assignment is a max-weight circulation, i.e. optimal
 * for the full problem. Otherwise the violating pairs are the arcs that could improve it, and are returned
 * (the most violated first, a bounded number per mentee) to be added to the candidate graph.
 */
final class DualCertificate {
    private static final int MAX_ADDED_PER_MENTEE = 32;

    private DualCertificate() {
    }

    /**
     * @param violatingRows mentees with at least one violating pair; 0 means the assignment is proven optimal
     * @param arcsToAdd     per mentee (null = none) the mentors whose pair violates, most violated first (at
     *                      most {@value #MAX_ADDED_PER_MENTEE}): where a better assignment can be found
     * @param violating     per mentee, whether it has a violating pair
     */
    record Outcome(int violatingRows, int[][] arcsToAdd, boolean[] violating) {
        boolean optimal() {
            return violatingRows == 0;
        }
    }

    static Outcome check(ScoreTable table, PricedAssignment solution, long big) {
        MatchingInstance instance = table.instance();
        checkNodeConditions(instance, solution, big);
        boolean[] violatingRow = new boolean[instance.menteeCount()];
        int cols = instance.mentorCount();
        long[] v = solution.v;
        long[] u = solution.u;
        ThreadLocal<int[]> rowScores = ThreadLocal.withInitial(() -> new int[cols]);
        int[][] found = IntStream.range(0, instance.menteeCount()).parallel().mapToObj(i -> {
            int[] scores = rowScores.get();
            table.row(i, scores);
            long needed = big - u[i]; // violation when v[m] + u[i] < big + score, i.e. v[m] - needed < score
            int own = solution.mentorOf[i];
            long[] keys = null;
            int count = 0;
            boolean violating = false;
            for (int m = 0; m < cols; m++) {
                long slack = v[m] - needed;
                int score = scores[m];
                if (score > slack && score != PairScorer.INELIGIBLE && m != own) {
                    violating = true;
                    if (keys == null) {
                        keys = new long[8];
                    } else if (count == keys.length) {
                        keys = Arrays.copyOf(keys, count * 2);
                    }
                    // Sort key: most violated first, then mentor index.
                    long violation = Math.min(score - slack, Integer.MAX_VALUE);
                    keys[count++] = (Long.MAX_VALUE - (violation << 32)) & ~0xffffffffL | m;
                }
            }
            violatingRow[i] = violating;
            if (count == 0) {
                return null;
            }
            Arrays.sort(keys, 0, count);
            int[] mentors = new int[Math.min(count, MAX_ADDED_PER_MENTEE)];
            for (int k = 0; k < mentors.length; k++) {
                mentors[k] = (int) (keys[k] & 0xffffffffL);
            }
            return mentors;
        }).toArray(int[][]::new);
        int violatingRows = 0;
        for (boolean row : violatingRow) {
            violatingRows += row ? 1 : 0;
        }
        return new Outcome(violatingRows, found, violatingRow);
    }

    /** The per-node half of the certificate; solver and repair maintain it by construction: failure = bug. */
    private static void checkNodeConditions(MatchingInstance instance, PricedAssignment solution, long big) {
        for (int i = 0; i < instance.menteeCount(); i++) {
            boolean matched = solution.mentorOf[i] != MatchingSolver.UNMATCHED;
            if (matched ? solution.u[i] < 0 : solution.u[i] > 0) {
                throw new IllegalStateException("dual price of mentee " + i + " breaks optimality conditions");
            }
            if (matched && solution.u[i] + solution.v[solution.mentorOf[i]]
                    > big + instance.score(i, solution.mentorOf[i])) {
                throw new IllegalStateException("matched pair of mentee " + i + " breaks optimality conditions");
            }
        }
        for (int m = 0; m < instance.mentorCount(); m++) {
            int load = solution.load(m);
            if ((load < instance.capacity(m) && solution.v[m] > 0) || (load > 0 && solution.v[m] < 0)) {
                throw new IllegalStateException("dual price of mentor " + m + " breaks optimality conditions");
            }
        }
    }
}
