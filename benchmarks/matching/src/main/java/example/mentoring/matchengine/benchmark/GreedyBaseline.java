package example.mentoring.matchengine.benchmark;

import example.mentoring.matchengine.MatchingInstance;
import example.mentoring.matchengine.MatchingSolver;
import java.util.Arrays;

/** Highest score first, take the pair if both sides are still free: what a spreadsheet would do. */
final class GreedyBaseline implements MatchingSolver {
    @Override
    public String name() {
        return "greedy-highest-score-first";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public int[] solve(MatchingInstance instance) {
        int mentees = instance.menteeCount();
        int mentors = instance.mentorCount();
        int maxScore = instance.maxPairScore();
        // Counting sort of all eligible pairs by score, then (mentee, mentor) order within a score.
        int[] count = new int[maxScore + 2];
        for (int i = 0; i < mentees; i++) {
            for (int m = 0; m < mentors; m++) {
                int s = instance.score(i, m);
                if (s >= 0) {
                    count[maxScore - s + 1]++;
                }
            }
        }
        for (int k = 1; k < count.length; k++) {
            count[k] += count[k - 1];
        }
        long[] pairs = new long[count[count.length - 1]];
        for (int i = 0; i < mentees; i++) {
            for (int m = 0; m < mentors; m++) {
                int s = instance.score(i, m);
                if (s >= 0) {
                    pairs[count[maxScore - s]++] = (long) i << 32 | m;
                }
            }
        }
        int[] mentorOf = new int[mentees];
        Arrays.fill(mentorOf, UNMATCHED);
        int[] load = new int[mentors];
        for (long pair : pairs) {
            int i = (int) (pair >>> 32);
            int m = (int) pair;
            if (mentorOf[i] == UNMATCHED && load[m] < instance.capacity(m)) {
                mentorOf[i] = m;
                load[m]++;
            }
        }
        return mentorOf;
    }
}
