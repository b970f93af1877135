package example.mentoring.matchengine;

/**
 * The one weight per (mentee, mentor) pair whose maximum-weight assignment is the optimum the engine promises:
 * the most mentees matched; among those, the most priority mentees matched; among those, the largest total score.
 *
 * <pre>
 *   w(i, m) = perMatch + (priority(i) ? perPriority : 0) + score(i, m)
 *   perPriority = n*s + 1
 *   perMatch    = P*perPriority + n*s + 1
 * </pre>
 * for an instance of {@code n} mentees to place, {@code P} of them priority, whose pair scores lie in {@code [0, s]}.
 *
 * <p><b>Why maximum weight is the lexicographic optimum.</b> An assignment with {@code k} matches, {@code q} of
 * them priority mentees, and total score {@code S} weighs {@code k*perMatch + q*perPriority + S}, where
 * {@code 0 <= S <= n*s < perPriority} and {@code 0 <= q*perPriority + S <= P*perPriority + n*s < perMatch}. So
 * {@code (k, q, S)} are the digits of the weight in a mixed radix, and comparing two weights compares their
 * {@code (k, q, S)} lexicographically: one more match outweighs any number of priority mentees and any score,
 * one more priority mentee outweighs any score. Locked pairs are outside the instance and add the same constants
 * to every digit of every feasible assignment, so they change nothing.
 *
 * <p>With no priority mentee, {@code perMatch = n*s + 1}: exactly the weight the engine used before priorities
 * existed, so such cohorts get the same weights, the same search and the same proposals as before.
 *
 * <p><b>Why nothing overflows.</b> Every weight is at most {@code W = perMatch + perPriority + s}. The solver's
 * prices stay in {@code [0, W]} ({@link ShortestPathAssignment}: a matched row and the column holding it
 * satisfy {@code 0 <= u, v} and {@code u + v <= w}; unmatched rows end their search at price 0; column prices
 * start at 0 and only rise) and its Dijkstra distances in {@code [0, W)}, so every sum it forms is within
 * {@code 3W}. {@link PriceRepair} relaxes at most {@code B = 4(n + mentors) + 1000} nodes, each arc changing a
 * distance by at least {@code -2W}, so its prices stay within {@code W + 4W(B + 1)} and the certificate's sums
 * within {@code 12 W (B + 2)} in magnitude. {@link #of} refuses instances for which
 * {@code 64 W (n + mentors + 1000)} (larger still) does not fit a {@code long}. With the API's weights (each at
 * most 100) a cohort of 10 000 mentees has {@code W} below {@code 10^12}, some {@code 10^6} times under that
 * limit.
 */
final class Objective {
    private final long perMatch;
    private final long perPriority;
    private final boolean[] priority;

    private Objective(long perMatch, long perPriority, boolean[] priority) {
        this.perMatch = perMatch;
        this.perPriority = perPriority;
        this.priority = priority;
    }

    static Objective of(MatchingInstance instance) {
        int n = instance.menteeCount();
        boolean[] priority = new boolean[n];
        int priorityMentees = 0;
        for (int i = 0; i < n; i++) {
            priority[i] = instance.priority(i);
            priorityMentees += priority[i] ? 1 : 0;
        }
        try {
            long allScores = Math.multiplyExact((long) n, instance.maxPairScore());
            long perPriority = Math.addExact(allScores, 1);
            long perMatch = Math.addExact(Math.multiplyExact(priorityMentees, perPriority), perPriority);
            long maxWeight = Math.addExact(Math.addExact(perMatch, perPriority), instance.maxPairScore());
            Math.multiplyExact(maxWeight, 64L * (n + instance.mentorCount() + 1000L));
            return new Objective(perMatch, perPriority, priority);
        } catch (ArithmeticException tooLarge) {
            throw new InvalidMatchingProblem("scores too large to be compared exactly for " + n
                    + " mentees: lower the weights");
        }
    }

    /** The weight every pair of mentee {@code i} has before its score: what one match of {@code i} is worth. */
    long base(int mentee) {
        return priority[mentee] ? perMatch + perPriority : perMatch;
    }

    long weight(int mentee, int score) {
        return base(mentee) + score;
    }
}
