package example.mentoring.post;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.http.JsonFields;
import example.mentoring.outcome.Invalid;
import java.util.List;

/** A coordinator's return of a post to its author: what the author should change. */
public record ReturnRequest(String comment) {

    static final int MAX_COMMENT = 2000;

    public ReturnRequest {
        Invalid.unless(comment != null && !comment.isBlank()
                && comment.codePointCount(0, comment.length()) <= MAX_COMMENT, "/comment",
                "must have 1 to " + MAX_COMMENT + " characters");
    }

    /** Reads a request body, naming a bad field (422). */
    public static ReturnRequest read(JsonNode body) {
        JsonFields fields = JsonFields.of(body).onlyFields(List.of("comment"));
        String comment = fields.requiredString("comment", 1, MAX_COMMENT);
        fields.validate();
        return new ReturnRequest(comment);
    }
}
