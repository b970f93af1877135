package example.mentoring.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import example.mentoring.outcome.Malformed;

/** The one JSON configuration of the project: ISO dates, no nulls written, unknown fields refused. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /** Deepest nesting of arrays and objects a body may have. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Most digits a number may have (a longer one is refused before it is parsed). */
    public static final int MAX_NUMBER_LENGTH = 1000;

    static {
        // Strings need no limit of their own here: a body is at most 64 KiB (http.ApiRequest.rawBody).
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH).maxNumberLength(MAX_NUMBER_LENGTH).build());
    }

    private Json() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /** Parses a request body; anything that is not one JSON value is a 400. */
    public static JsonNode parseBody(String body) {
        if (body == null || body.isBlank()) {
            throw new Malformed("The request needs a JSON body.");
        }
        try {
            return MAPPER.readTree(body);
        } catch (StreamConstraintsException e) {
            throw new Malformed("The body nests deeper than " + MAX_NESTING_DEPTH
                    + " levels, or holds a number longer than " + MAX_NUMBER_LENGTH + " digits.");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new Malformed(at == null ? "The body is not valid JSON."
                    : "The body is not valid JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ").");
        }
    }
}
