package example.mentoring.matchengine;

/**
 * What a {@link MatchingSolver} sees: the mentees still to place (locked mentees are gone) and each mentor's
 * capacity left after locked pairs. Mentee index {@code i} here is mentee {@code menteeIndex[i]} of the scorer.
 */
public final class MatchingInstance {
    private final PairScorer scorer;
    private final int[] menteeIndex;
    private final int[] capacity;
    /** Mentors whose whole capacity went to locked pairs. */
    private final int[] fullMentors;

    public MatchingInstance(PairScorer scorer, int[] menteeIndex, int[] capacity) {
        if (capacity.length != scorer.mentorCount()) {
            throw new IllegalArgumentException("one capacity per mentor expected");
        }
        this.scorer = scorer;
        this.menteeIndex = menteeIndex.clone();
        this.capacity = capacity.clone();
        this.fullMentors = java.util.stream.IntStream.range(0, capacity.length).filter(m -> capacity[m] == 0).toArray();
    }

    /** Every mentee placeable, full mentor capacities: what the engine builds when nothing is locked. */
    public static MatchingInstance unlocked(PairScorer scorer, int[] capacity) {
        int[] all = new int[scorer.menteeCount()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return new MatchingInstance(scorer, all, capacity);
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
