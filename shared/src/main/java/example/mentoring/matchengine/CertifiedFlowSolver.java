package example.mentoring.matchengine;

import java.util.Arrays;

/**
 * The engine's solver: exact, but fast on large cohorts because it solves on a sparse candidate graph and then
 * proves (or repairs) optimality against the full problem.
 *
 * <ol>
 *   <li>Candidates: each mentee's best mentors and each mentor's best mentees ({@link CandidateGraph}).</li>
 *   <li>Solve max-weight assignment there with weights big + score ({@link ShortestPathAssignment}), placing
 *       mentor slots (the scarce side) one by one.</li>
 *   <li>Check the final dual prices against ALL eligible pairs ({@link DualCertificate}). If none violates,
 *       the assignment is optimal for the full problem (no negative cycle in its full residual graph). If only
 *       a few violate, try to find other prices for the same assignment ({@link PriceRepair}); the check is
 *       then run again on them. Otherwise add the violating pairs and re-solve. Each round adds at least one
 *       new arc (arcs already in the graph never violate), so this terminates; on realistic cohorts it takes
 *       a handful of rounds, with fewer and fewer violations.</li>
 * </ol>
 * Why big makes the result lexicographic (most matches first, then score): big = n * maxPairScore + 1 with n
 * the number of mentees, so k+1 matches weigh at least (k+1) * big > k * big + n * maxPairScore, more than
 * any k matches can weigh.
 */
public final class CertifiedFlowSolver implements MatchingSolver {
    /** Diagnostics of the last solve (rounds, arcs); read by the benchmark, never by the engine. */
    public record Report(int rounds, int arcs, int addedArcs) {
    }

    private final int perMentee;
    private final int perMentor;
    private volatile Report lastReport = new Report(0, 0, 0);

    public CertifiedFlowSolver() {
        this(24, 12);
    }

    public CertifiedFlowSolver(int perMentee, int perMentor) {
        if (perMentee < 1 || perMentor < 0) {
            throw new IllegalArgumentException("need at least one candidate per mentee");
        }
        this.perMentee = perMentee;
        this.perMentor = perMentor;
    }

    @Override
    public String name() {
        return "sparse-ssp-dual-certified";
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public int[] solve(MatchingInstance instance) {
        long big = Math.addExact(Math.multiplyExact((long) instance.menteeCount(), instance.maxPairScore()), 1);
        ScoreTable table = new ScoreTable(instance);
        CandidateGraph graph = CandidateGraph.topCandidates(table, perMentee, perMentor);
        int initialArcs = graph.arcCount();
        long[] menteePrices = null;
        for (int round = 1; ; round++) {
            PricedAssignment solution = solveBySlots(instance, graph, big, menteePrices);
            DualCertificate.Outcome outcome = DualCertificate.check(table, solution, big);
            if (outcome.optimal() || (worthRepricing(outcome) && repriced(table, solution, big, outcome))) {
                lastReport = new Report(round, graph.arcCount(), graph.arcCount() - initialArcs);
                return solution.mentorOf.clone();
            }
            graph = graph.withArcs(instance, outcome.arcsToAdd());
            // Warm start: mentees left out last round start the next one as unattractive as they were (only
            // non-positive prices are allowed for a mentee nobody holds yet).
            menteePrices = new long[solution.u.length];
            for (int e = 0; e < menteePrices.length; e++) {
                menteePrices[e] = Math.min(0, solution.u[e]);
            }
        }
    }

    /** Keeps the assignment and looks for other prices that certify it; on failure the prices are unchanged. */
    private static boolean repriced(ScoreTable table, PricedAssignment solution, long big,
                                    DualCertificate.Outcome outcome) {
        long[] u = solution.u.clone();
        long[] v = solution.v.clone();
        try {
            if (PriceRepair.reprice(table, solution, big, outcome.violating())
                    && DualCertificate.check(table, solution, big).optimal()) {
                return true;
            }
        } catch (IllegalStateException brokenNodeCondition) {
            // Not a proof: fall through, restore the solver's own (valid) prices and add arcs instead.
        }
        System.arraycopy(u, 0, solution.u, 0, u.length);
        System.arraycopy(v, 0, solution.v, 0, v.length);
        return false;
    }

    /**
     * Runs the assignment with mentor SLOTS as the rows that get placed and mentees as unit-capacity columns.
     * Mentor slots are the scarce side, so free mentees are plentiful and augmenting paths stay short; placing
     * mentees instead makes the last searches hunt for the few free slots across the whole graph.
     * Prices translate back exactly: a mentee's price is its column price; a mentor's price is the lowest price
     * among its slots (all its slots are interchangeable, see the certificate check that follows anyway).
     */
    private static PricedAssignment solveBySlots(MatchingInstance instance, CandidateGraph graph, long big,
                                                 long[] menteePrices) {
        CandidateGraph.SlotArcs slots = graph.slotArcs(instance);
        int[] unit = new int[instance.menteeCount()];
        Arrays.fill(unit, 1);
        ShortestPathAssignment ssp = new ShortestPathAssignment(slots.start(), slots.mentee(), slots.score(), unit,
                big, menteePrices).run();
        int[] mentorOf = new int[instance.menteeCount()];
        Arrays.fill(mentorOf, UNMATCHED);
        long[] v = new long[instance.mentorCount()];
        Arrays.fill(v, Long.MAX_VALUE);
        for (int slot = 0; slot < slots.mentorOfSlot().length; slot++) {
            int m = slots.mentorOfSlot()[slot];
            v[m] = Math.min(v[m], ssp.u[slot]);
            if (ssp.columnOf[slot] != UNMATCHED) {
                mentorOf[ssp.columnOf[slot]] = m;
            }
        }
        for (int m = 0; m < v.length; m++) {
            if (v[m] == Long.MAX_VALUE) {
                v[m] = 0; // no capacity left: no arcs, no condition
            }
        }
        return new PricedAssignment(mentorOf, ssp.v.clone(), v);
    }

    /** Re-pricing only pays off when few mentees violate; many violations usually mean a better assignment exists. */
    private static boolean worthRepricing(DualCertificate.Outcome outcome) {
        return outcome.violatingRows() <= Math.max(50, outcome.arcsToAdd().length / 50);
    }

    public Report lastReport() {
        return lastReport;
    }
}
