package example.mentoring.matchengine;

/**
 * What a {@link MatchingSolver} sees: the mentees still to place (locked mentees are gone), which of them have
 * priority, and each mentor's capacity left after locked pairs. Mentee index {@code i} here is mentee
 * {@code menteeIndex[i]} of the scorer.
 */
public final class MatchingInstance {
    private final PairScorer scorer;
    private final int[] menteeIndex;
    private final int[] capacity;
    private final boolean[] priority;
    /** Mentors whose whole capacity went to locked pairs. */
    private final int[] fullMentors;

    /** @param priority per mentee of the scorer (not of this instance), whether it has priority */
    public MatchingInstance(PairScorer scorer, int[] menteeIndex, int[] capacity, boolean[] priority) {
        if (capacity.length != scorer.mentorCount() || priority.length != scorer.menteeCount()) {
            throw new IllegalArgumentException("one capacity per mentor and one priority per mentee expected");
        }
        this.scorer = scorer;
        this.menteeIndex = menteeIndex.clone();
        this.capacity = capacity.clone();
        this.priority = new boolean[menteeIndex.length];
        for (int i = 0; i < menteeIndex.length; i++) {
            this.priority[i] = priority[menteeIndex[i]];
        }
        this.fullMentors = java.util.stream.IntStream.range(0, capacity.length).filter(m -> capacity[m] == 0).toArray();
    }

    public int menteeCount() {
        return menteeIndex.length;
    }

    public int mentorCount() {
        return capacity.length;
    }

    public int capacity(int mentor) {
        return capacity[mentor];
    }

    /** Whether the mentee was carried over from a wait-list: placing it outranks any score. */
    public boolean priority(int mentee) {
        return priority[mentee];
    }

    /** Score of the pair, or {@link PairScorer#INELIGIBLE}. */
    public int score(int mentee, int mentor) {
        return scorer.score(menteeIndex[mentee], mentor);
    }

    /** Scores of mentee {@code mentee} against every mentor; ineligible and full (capacity 0) mentors get -1. */
    public void scoreRow(int mentee, int[] out) {
        scorer.scoreRow(menteeIndex[mentee], out);
        for (int m : fullMentors) {
            out[m] = PairScorer.INELIGIBLE;
        }
    }

    public int maxPairScore() {
        return scorer.maxPairScore();
    }
}
