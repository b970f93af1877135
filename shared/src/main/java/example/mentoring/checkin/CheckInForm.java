package example.mentoring.checkin;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.http.JsonFields;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A check-in as a coordinator schedules it: the command read from the body ({@link #read}, every
 * failing field named at once). The rule that needs the cohort (not after its program ends) is the
 * service's ({@link CheckInSurveys}).
 */
public record CheckInForm(String title, LocalDate sendOn, List<Question> questions) {

    public static final int MAX_QUESTIONS = 20;
    public static final int MAX_OPTIONS = 10;
    static final String QUESTION_ID = "^[A-Za-z0-9_-]{1,40}$";
    static final Set<String> KINDS = Arrays.stream(QuestionKind.values()).map(Enum::name).collect(Collectors.toSet());

    public CheckInForm {
        questions = List.copyOf(questions);
    }

    public static CheckInForm read(JsonNode body) {
        JsonFields fields = JsonFields.of(body).onlyFields(List.of("title", "sendOn", "questions"));
        String title = fields.requiredString("title", 1, 200);
        LocalDate sendOn = fields.requiredDate("sendOn");
        List<JsonFields> elements = fields.optionalObjectList("questions");
        JsonNode listed = body.path("questions");
        fields.check(fields.has("questions"), "/questions", "is required");
        fields.check(!listed.isArray() || (listed.size() >= 1 && listed.size() <= MAX_QUESTIONS), "/questions",
                "must list 1 to " + MAX_QUESTIONS + " questions");
        List<Question> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < elements.size(); i++) {
            JsonFields q = elements.get(i).onlyFields(List.of("questionId", "text", "kind", "options"));
            String questionId = q.optionalPattern("questionId", QUESTION_ID,
                    "1 to 40 letters, digits, '-' or '_'", 40).orElse(null);
            q.check(q.has("questionId"), "/questionId", "is required");
            if (questionId != null && !ids.add(questionId)) {
                q.fail("/questions/" + i + "/questionId", "is the id of an earlier question");
            }
            String text = q.requiredString("text", 1, 500);
            String kind = q.requiredEnum("kind", KINDS);
            List<String> options = List.of();
            if (QuestionKind.CHOICE.name().equals(kind)) {
                options = q.optionalStringList("options", 2, MAX_OPTIONS, 200);
                q.check(q.has("options"), "/options", "is required for a CHOICE question (2 to " + MAX_OPTIONS + ")");
            } else if (kind != null) {
                q.check(!q.has("options"), "/options", "only CHOICE questions have options");
            }
            if (questionId != null && text != null && kind != null) {
                questions.add(new Question(questionId, text, QuestionKind.valueOf(kind), options));
            }
        }
        fields.validate();
        return new CheckInForm(title, sendOn, questions);
    }
}
