package example.mentoring.matchengine;

import java.util.Arrays;

/** Tries every assignment; the (matches, score) lexicographic best wins. Tiny instances only. */
final class ExhaustiveSolver implements MatchingSolver {
    private MatchingInstance instance;
    private int[] load;
    private int[] current;
    private int[] best;
    private long bestValue;

    @Override
    public String name() {
        return "exhaustive";
    }

    @Override
    public String version() {
        return "test";
    }

    @Override
    public int[] solve(MatchingInstance instance) {
        this.instance = instance;
        load = new int[instance.mentorCount()];
        current = new int[instance.menteeCount()];
        Arrays.fill(current, UNMATCHED);
        best = current.clone();
        bestValue = -1;
        search(0, 0, 0);
        return best;
    }

    private void search(int mentee, int matched, long score) {
        if (mentee == instance.menteeCount()) {
            long value = matched * 1_000_000L + score;
            if (value > bestValue) {
                bestValue = value;
                best = current.clone();
            }
            return;
        }
        current[mentee] = UNMATCHED;
        search(mentee + 1, matched, score);
        for (int m = 0; m < instance.mentorCount(); m++) {
            int s = instance.score(mentee, m);
            if (s >= 0 && load[m] < instance.capacity(m)) {
                load[m]++;
                current[mentee] = m;
                search(mentee + 1, matched + 1, score + s);
                load[m]--;
            }
        }
        current[mentee] = UNMATCHED;
    }
}
