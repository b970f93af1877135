package example.mentoring.matchengine;

import java.util.Objects;

public record PairId(String mentorApplicationId, String menteeApplicationId) {
    public PairId {
        Objects.requireNonNull(mentorApplicationId, "mentorApplicationId");
        Objects.requireNonNull(menteeApplicationId, "menteeApplicationId");
    }
}
