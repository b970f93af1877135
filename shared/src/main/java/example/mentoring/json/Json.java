package example.mentoring.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import example.mentoring.outcome.Malformed;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one JSON configuration of the project: ISO dates, no nulls written, unknown fields refused.
 * Trees are read and values written with Jackson's streaming parser and generator ({@link #parse},
 * {@link #write}: what every request, answer and log line uses); typed reads of stored documents
 * into records go through databind ({@link #mapper()}, built on first use by the few paths that
 * need it). Databind's first use costs a cold start 100–200 ms (README, Cold start).
 */
public final class Json {

    /** Deepest nesting of arrays and objects a body may have. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Most digits a number may have (a longer one is refused before it is parsed). */
    public static final int MAX_NUMBER_LENGTH = 1000;

    // Strings need no limit of their own here: a body is at most 64 KiB (http.ApiRequest.rawBody).
    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH).maxNumberLength(MAX_NUMBER_LENGTH).build();
    private static final JsonFactory FACTORY = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();

    private Json() {
    }

    /** Databind, configured as the project reads and writes JSON: for typed reads of stored documents. */
    public static ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }

    /** Built on first use (a holder class): most requests never need it. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper(FACTORY.copy())
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    /** A new, empty JSON object. */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static String write(Object value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            JsonWriter.write(out, value);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
        return text.toString();
    }

    /** Writes {@code value} to {@code output} (left open). */
    public static void write(OutputStream output, Object value) {
        try (JsonGenerator out = FACTORY.createGenerator(output).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            JsonWriter.write(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One JSON value (a missing node for no content); anything after it is an error. */
    public static JsonNode parse(String json) throws JsonProcessingException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return JsonTrees.read(parser);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(byte[] json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return JsonTrees.read(parser);
        }
    }

    public static JsonNode parse(InputStream json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return JsonTrees.read(parser);
        }
    }

    /**
     * A JSON object as plain Java values, as databind reads it into a {@code Map<String, Object>}:
     * objects as ordered maps, arrays as lists, whole numbers as {@code Integer} (or {@code Long},
     * {@code BigInteger} when larger), other numbers as {@code Double}.
     */
    public static Map<String, Object> plainObject(JsonNode object) {
        Map<String, Object> map = new LinkedHashMap<>();
        object.fields().forEachRemaining(field -> map.put(field.getKey(), plain(field.getValue())));
        return map;
    }

    private static Object plain(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> plainObject(node);
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                node.forEach(element -> list.add(plain(element)));
                yield list;
            }
            case STRING -> node.textValue();
            case BOOLEAN -> node.booleanValue();
            case NUMBER -> node.numberValue();
            default -> null;
        };
    }

    /** Parses a request body; anything that is not one JSON value is a 400. */
    public static JsonNode parseBody(String body) {
        if (body == null || body.isBlank()) {
            throw new Malformed("The request needs a JSON body.");
        }
        try {
            return parse(body);
        } catch (StreamConstraintsException e) {
            throw new Malformed("The body nests deeper than " + MAX_NESTING_DEPTH
                    + " levels, or holds a number longer than " + MAX_NUMBER_LENGTH + " digits.");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new Malformed(at == null ? "The body is not valid JSON."
                    : "The body is not valid JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ").");
        }
    }

    /** Trees as databind's {@code readTree} builds them, from the streaming parser. */
    private static final class JsonTrees {

        private JsonTrees() {
        }

        static JsonNode read(JsonParser parser) throws IOException {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return MissingNode.getInstance();
            }
            JsonNode value = value(parser, first);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new JsonParseException(parser, "Trailing token (of type " + trailing
                        + ") found after value: not allowed");
            }
            return value;
        }

        private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            return switch (token) {
                case START_OBJECT -> {
                    ObjectNode object = nodes.objectNode();
                    for (JsonToken next = parser.nextToken(); next == JsonToken.FIELD_NAME; next = parser.nextToken()) {
                        String name = parser.currentName();
                        object.set(name, value(parser, parser.nextToken()));
                    }
                    yield object;
                }
                case START_ARRAY -> {
                    ArrayNode array = nodes.arrayNode();
                    for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                        array.add(value(parser, next));
                    }
                    yield array;
                }
                case VALUE_STRING -> nodes.textNode(parser.getText());
                case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                    case INT -> nodes.numberNode(parser.getIntValue());
                    case LONG -> nodes.numberNode(parser.getLongValue());
                    default -> nodes.numberNode(parser.getBigIntegerValue());
                };
                case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDoubleValue());
                case VALUE_TRUE -> nodes.booleanNode(true);
                case VALUE_FALSE -> nodes.booleanNode(false);
                case VALUE_NULL -> nodes.nullNode();
                default -> throw new JsonParseException(parser, "Unexpected token " + token);
            };
        }
    }
}
