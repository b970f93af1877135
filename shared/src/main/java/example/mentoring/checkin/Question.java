package example.mentoring.checkin;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One question of a check-in; {@code options} only for {@link QuestionKind#CHOICE} (else empty, and not written). */
public record Question(String questionId, String text, QuestionKind kind,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> options) {

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
