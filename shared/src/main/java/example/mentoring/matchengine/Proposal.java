package example.mentoring.matchengine;

import java.util.List;

/** @param reasons one line per scoring component; their "(+N)" add up to {@code score} */
public record Proposal(String mentorApplicationId, String menteeApplicationId, int score, List<String> reasons) {
    public Proposal {
        reasons = List.copyOf(reasons);
    }
}
