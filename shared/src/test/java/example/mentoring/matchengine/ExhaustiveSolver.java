package example.mentoring.matchengine;

import java.util.Arrays;

/**
 * Tries every assignment; the lexicographic best (matches, then priority mentees matched, then score) wins, the
 * first found among equals. Compares the three figures one by one, independently of the engine's weights.
 * Tiny instances only.
 */
public final class ExhaustiveSolver implements MatchingSolver {
    private MatchingInstance instance;
    private int[] load;
    private int[] current;
    private int[] best;
    private long[] bestValue;

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
        bestValue = null;
        search(0, 0, 0, 0);
        return best;
    }

    private void search(int mentee, int matched, int priorityMatched, long score) {
        if (mentee == instance.menteeCount()) {
            long[] value = {matched, priorityMatched, score};
            if (bestValue == null || Arrays.compare(value, bestValue) > 0) {
                bestValue = value;
                best = current.clone();
            }
            return;
        }
        current[mentee] = UNMATCHED;
        search(mentee + 1, matched, priorityMatched, score);
        int priority = instance.priority(mentee) ? 1 : 0;
        for (int m = 0; m < instance.mentorCount(); m++) {
            int s = instance.score(mentee, m);
            if (s >= 0 && load[m] < instance.capacity(m)) {
                load[m]++;
                current[mentee] = m;
                search(mentee + 1, matched + 1, priorityMatched + priority, score + s);
                load[m]--;
            }
        }
        current[mentee] = UNMATCHED;
    }
}
