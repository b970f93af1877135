package example.mentoring.year;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.f4b6a3.ulid.UlidCreator;
import example.mentoring.http.JsonFields;
import example.mentoring.match.Competency;
import example.mentoring.match.Goal;
import example.mentoring.match.Match;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The body of {@code PUT /matches/{matchId}/goals}: at most {@link Match#MAX_GOALS} goals, each
 * {@code {goalId?, text (1–500), competency?, status: OPEN|DONE}}. A goal without an id is new and
 * gets one; ids name each goal once.
 */
public record GoalsForm(List<Goal> goals) {

    static final int TEXT_MAX = 500;
    static final String ID_PATTERN = "^[A-Za-z0-9_-]{1,40}$";
    static final Set<String> STATUSES = Set.of(Goal.Status.OPEN.name(), Goal.Status.DONE.name());

    public GoalsForm {
        goals = List.copyOf(goals);
    }

    public static GoalsForm read(JsonNode body) {
        JsonFields fields = JsonFields.of(body).onlyFields(List.of("goals"));
        if (!body.has("goals")) {
            fields.fail("/goals", "is required");
        } else {
            fields.check(!body.get("goals").isArray() || body.get("goals").size() <= Match.MAX_GOALS, "/goals",
                    "has at most " + Match.MAX_GOALS + " goals");
        }
        List<Goal> goals = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonFields goal : fields.optionalObjectList("goals")) {
            goal.onlyFields(List.of("goalId", "text", "competency", "status"));
            var id = goal.optionalPattern("goalId", ID_PATTERN, "1–40 letters, digits, '-' or '_'", 40);
            id.ifPresent(given -> goal.check(ids.add(given), "/goalId", "names another goal of the list too"));
            String text = goal.requiredString("text", 1, TEXT_MAX);
            var competency = goal.optionalEnum("competency", Set.copyOf(Competency.NAMES)).map(Competency::valueOf);
            String status = goal.requiredEnum("status", STATUSES);
            if (text != null && status != null) {
                goals.add(new Goal(id.orElseGet(() -> "g" + UlidCreator.getMonotonicUlid().toString().toLowerCase()),
                        text.strip(), competency, Goal.Status.valueOf(status)));
            }
        }
        fields.validate();
        return new GoalsForm(goals);
    }
}
