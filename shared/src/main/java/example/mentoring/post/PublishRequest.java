package example.mentoring.post;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.cohort.CohortId;
import example.mentoring.http.JsonFields;
import java.util.List;
import java.util.Optional;

/** A publish: optionally, the cohort whose matched participants get the post as a newsletter. */
public record PublishRequest(Optional<CohortId> notifyCohortId) {

    /** Reads a request body (empty is fine), naming a bad field (422). */
    public static PublishRequest read(JsonNode body) {
        JsonFields fields = JsonFields.of(body).onlyFields(List.of("notifyCohortId"));
        Optional<String> notify = fields.optionalPattern("notifyCohortId", CohortId.PATTERN, "a cohort id", CohortId.MAX_LENGTH);
        fields.validate();
        return new PublishRequest(notify.map(CohortId::new));
    }
}
