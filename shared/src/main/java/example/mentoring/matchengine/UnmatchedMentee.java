package example.mentoring.matchengine;

/** @param reason {@link #NO_ELIGIBLE_MENTOR} or {@link #CAPACITY_EXHAUSTED} */
public record UnmatchedMentee(String menteeApplicationId, String reason) {
    public static final String NO_ELIGIBLE_MENTOR = "no eligible mentor";
    public static final String CAPACITY_EXHAUSTED = "mentor capacity exhausted";
}
