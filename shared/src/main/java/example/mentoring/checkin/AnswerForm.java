package example.mentoring.checkin;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.http.JsonFields;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A holder's answers {@code {answers: {questionId: value}}}, read against the check-in's questions:
 * a scale answer is a whole number 1–5, a choice one of the question's options, a text 1–2000
 * characters; a question may be left out, an unknown one may not. Messages name the rule, never
 * the value given (a 422 is logged by nobody, but it is still no place for an answer).
 */
public record AnswerForm(Map<String, Object> answers) {

    public static final int MAX_TEXT = 2000;

    public AnswerForm {
        answers = Map.copyOf(answers);
    }

    public static AnswerForm read(JsonNode body, CheckIn checkIn) {
        JsonFields fields = JsonFields.of(body).onlyFields(List.of("answers"));
        Optional<JsonFields> given = fields.optionalObject("answers");
        fields.check(fields.has("answers"), "/answers", "is required");
        Map<String, Object> answers = new LinkedHashMap<>();
        given.ifPresent(a -> {
            a.onlyFields(new LinkedHashSet<>(checkIn.questions().stream().map(Question::questionId).toList()));
            a.check(!a.fieldNames().isEmpty(), "", "must answer at least one question");
            for (Question question : checkIn.questions()) {
                String id = question.questionId();
                Optional<?> value = switch (question.kind()) {
                    case SCALE_1_5 -> a.optionalInt(id, 1, 5);
                    case CHOICE -> a.optionalEnum(id, new LinkedHashSet<>(question.options()));
                    case TEXT -> a.optionalString(id, 1, MAX_TEXT);
                };
                value.ifPresent(v -> answers.put(id, v));
            }
        });
        fields.validate();
        return new AnswerForm(answers);
    }
}
