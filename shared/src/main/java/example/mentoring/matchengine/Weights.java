package example.mentoring.matchengine;

/** Points per score component; see {@link PairScorer} for when each component applies. */
public record Weights(int sharedInterest, int region, int gender, int raceEthnicity, int libraryType,
                      int experienceGap) {

    public static final Weights DEFAULT = new Weights(10, 5, 5, 5, 3, 2);

    public Weights {
        if (sharedInterest < 0 || region < 0 || gender < 0 || raceEthnicity < 0 || libraryType < 0
                || experienceGap < 0) {
            // Negative weights would make "match more people" and "score higher" disagree.
            throw new IllegalArgumentException("weights must be >= 0: " + this);
        }
    }
}
