package example.mentoring.matchengine;

import java.util.stream.IntStream;

/**
 * Scores of every (mentee, mentor) pair of an instance, for the solver's repeated passes over all pairs
 * (candidate selection, then one certificate check per round).
 *
 * <p>When the scores fit in a byte and the table in {@value #MAX_CACHED_PAIRS} entries (10 000 x 4 000 = 40 MB),
 * they are computed once, in parallel, and later passes only read memory; otherwise every pass re-scores with
 * the {@link PairScorer} (never an object per pair either way).
 */
final class ScoreTable {
    private static final long MAX_CACHED_PAIRS = 64L * 1024 * 1024;

    private final MatchingInstance instance;
    private final int cols;
    /** Row-major scores, -1 = ineligible; null when not cached. */
    private final byte[] cached;

    ScoreTable(MatchingInstance instance) {
        this.instance = instance;
        this.cols = instance.mentorCount();
        long pairs = (long) instance.menteeCount() * cols;
        if (pairs > MAX_CACHED_PAIRS || instance.maxPairScore() > Byte.MAX_VALUE) {
            cached = null;
            return;
        }
        byte[] table = new byte[(int) pairs];
        ThreadLocal<int[]> rowScores = ThreadLocal.withInitial(() -> new int[cols]);
        IntStream.range(0, instance.menteeCount()).parallel().forEach(i -> {
            int[] scores = rowScores.get();
            instance.scoreRow(i, scores);
            int base = i * cols;
            for (int m = 0; m < cols; m++) {
                table[base + m] = (byte) scores[m];
            }
        });
        cached = table;
    }

    MatchingInstance instance() {
        return instance;
    }

    /** Scores of mentee {@code i} against every mentor, -1 where ineligible or the mentor has no capacity. */
    void row(int i, int[] out) {
        if (cached == null) {
            instance.scoreRow(i, out);
            return;
        }
        int base = i * cols;
        for (int m = 0; m < cols; m++) {
            out[m] = cached[base + m];
        }
    }
}
