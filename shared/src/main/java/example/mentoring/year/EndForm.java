package example.mentoring.year;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.http.JsonFields;
import java.util.List;

/** The body of {@code POST /matches/{matchId}/end}: why ({@code reason}, 1–1000 characters, for coordinators only). */
public record EndForm(String reason) {

    static final int REASON_MAX = 1000;

    public static EndForm read(JsonNode body) {
        JsonFields fields = JsonFields.of(body).onlyFields(List.of("reason"));
        String reason = fields.requiredString("reason", 1, REASON_MAX);
        fields.validate();
        return new EndForm(reason.strip());
    }
}
