package example.mentoring.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import example.mentoring.json.Json;
import example.mentoring.outcome.Invalid;
import example.mentoring.text.Digests;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns DynamoDB's last evaluated key into the API's opaque {@code nextToken} and back, bound to
 * the one query that gave it out. A token is not signed but checked: it names its query (a digest
 * of table, index, partition value and filters), and its key must have exactly the key attributes
 * of that query, of the right types and sizes, with the query's own partition value (and sort key
 * prefix). So a token can only move a caller within the query they are allowed to run anyway; any
 * other token, forged or from another query, is a 422 on {@code nextToken} before DynamoDB is asked.
 */
public final class PageTokens {

    /** Longer tokens are not ones this API gave out (its keys are a few hundred bytes at most). */
    static final int MAX_TOKEN_LENGTH = 4096;
    /** DynamoDB's own limit for a sort key; partition keys here are shorter still. */
    static final int MAX_KEY_BYTES = 1024;
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,19}");

    private PageTokens() {
    }

    /**
     * The query a token belongs to: {@code name} tells queries apart (table, index and any filter),
     * {@code partitionName = partitionValue} is its key condition.
     */
    public static Scope scope(String name, String partitionName, String partitionValue) {
        Map<String, Boolean> keys = new LinkedHashMap<>();
        keys.put(partitionName, false);
        return new Scope(name, partitionName, partitionValue, keys, Optional.empty(), "");
    }

    /**
     * A list merged from several queries of one shape (the shards of a sharded index): its token
     * carries each query's own position, each bound to its query as a single query's token is.
     */
    public static Merged merged(String name, List<Scope> scopes) {
        return new Merged(name, List.copyOf(scopes));
    }

    /**
     * Positions in merged queries, one per scope in order: {@code null} for "from the start", an
     * empty key for "nothing left", else the key to start after.
     */
    public record Merged(String name, List<Scope> scopes) {

        private static final String START = "start";
        private static final String DONE = "done";

        private String digest() {
            return Digests.sha256Hex(name + "\n" + scopes.size() + "\n"
                    + String.join("\n", scopes.stream().map(Scope::digest).toList()), 12);
        }

        /** The token for the next page, or null when every query is done. */
        public String encode(List<Map<String, AttributeValue>> positions) {
            if (positions.size() != scopes.size()) {
                throw new IllegalArgumentException("One position per query");
            }
            if (positions.stream().allMatch(key -> key != null && key.isEmpty())) {
                return null;
            }
            ObjectNode token = Json.object().put("q", digest());
            com.fasterxml.jackson.databind.node.ArrayNode at = token.putArray("p");
            for (int i = 0; i < scopes.size(); i++) {
                Map<String, AttributeValue> key = positions.get(i);
                at.add(key == null ? START : key.isEmpty() ? DONE : scopes.get(i).encode(key));
            }
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(Json.write(token).getBytes(StandardCharsets.UTF_8));
        }

        /** Each query's position; a 422 on {@code nextToken} unless this list gave the token out. */
        public List<Map<String, AttributeValue>> decode(String token) {
            JsonNode at;
            try {
                if (token.length() > MAX_TOKEN_LENGTH * 2L) {
                    throw new IllegalArgumentException();
                }
                JsonNode node = Json.parse(Base64.getUrlDecoder().decode(token.strip()));
                at = node.path("p");
                if (!node.isObject() || node.size() != 2 || !digest().equals(node.path("q").asText())
                        || !at.isArray() || at.size() != scopes.size()) {
                    throw new IllegalArgumentException();
                }
                for (JsonNode position : at) {
                    if (!position.isTextual()) {
                        throw new IllegalArgumentException();
                    }
                }
            } catch (RuntimeException | java.io.IOException e) {
                throw Invalid.field("nextToken", "is not a token this list gave out");
            }
            List<Map<String, AttributeValue>> positions = new java.util.ArrayList<>();
            for (int i = 0; i < scopes.size(); i++) {
                String position = at.get(i).asText();
                positions.add(START.equals(position) ? null : DONE.equals(position) ? Map.of()
                        : scopes.get(i).decode(position));
            }
            return positions;
        }
    }

    /** One query's key shape: attribute name to whether it is a number (else a string). */
    public record Scope(String name, String partitionName, String partitionValue, Map<String, Boolean> keys,
                        Optional<String> prefixedName, String prefix) {

        /** Another string key attribute in the query's last evaluated keys (table or index key). */
        public Scope string(String attribute) {
            return with(attribute, false);
        }

        /** Another number key attribute. */
        public Scope number(String attribute) {
            return with(attribute, true);
        }

        /** A string key attribute that the key condition requires to start with {@code prefix}. */
        public Scope prefixed(String attribute, String prefix) {
            Scope scope = with(attribute, false);
            return new Scope(name, partitionName, partitionValue, scope.keys, Optional.of(attribute), prefix);
        }

        private Scope with(String attribute, boolean numeric) {
            Map<String, Boolean> more = new LinkedHashMap<>(keys);
            more.put(attribute, numeric);
            return new Scope(name, partitionName, partitionValue, Map.copyOf(more), prefixedName, prefix);
        }

        private String digest() {
            return Digests.sha256Hex(name + "\n" + partitionName + "\n" + partitionValue, 12);
        }

        /** The token for the next page, or null at the end of the list. */
        public String encode(Map<String, AttributeValue> lastEvaluatedKey) {
            if (lastEvaluatedKey == null || lastEvaluatedKey.isEmpty()) {
                return null;
            }
            ObjectNode token = Json.object().put("q", digest());
            ObjectNode key = token.putObject("k");
            lastEvaluatedKey.forEach((attribute, value) -> {
                if (value.s() != null) {
                    key.putObject(attribute).put("S", value.s());
                } else if (value.n() != null) {
                    key.putObject(attribute).put("N", value.n());
                } else {
                    throw new IllegalStateException("Key attribute " + attribute + " is neither string nor number");
                }
            });
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(Json.write(token).getBytes(StandardCharsets.UTF_8));
        }

        /** The key to start after; a 422 on {@code nextToken} unless this query gave the token out. */
        public Map<String, AttributeValue> decode(String token) {
            try {
                if (token.length() > MAX_TOKEN_LENGTH) {
                    throw new IllegalArgumentException();
                }
                JsonNode node = Json.parse(Base64.getUrlDecoder().decode(token.strip()));
                JsonNode key = node.path("k");
                if (!node.isObject() || node.size() != 2 || !digest().equals(node.path("q").asText())
                        || !key.isObject() || key.size() != keys.size()) {
                    throw new IllegalArgumentException();
                }
                Map<String, AttributeValue> start = new LinkedHashMap<>();
                keys.forEach((attribute, numeric) -> start.put(attribute, value(key.path(attribute), numeric)));
                if (!start.get(partitionName).s().equals(partitionValue)
                        || prefixedName.isPresent() && !start.get(prefixedName.get()).s().startsWith(prefix)) {
                    throw new IllegalArgumentException();
                }
                return start;
            } catch (RuntimeException | java.io.IOException e) {
                throw Invalid.field("nextToken", "is not a token this list gave out");
            }
        }

        private static AttributeValue value(JsonNode node, boolean numeric) {
            if (!node.isObject() || node.size() != 1) {
                throw new IllegalArgumentException();
            }
            JsonNode value = node.get(numeric ? "N" : "S");
            if (value == null || !value.isTextual()) {
                throw new IllegalArgumentException();
            }
            String text = value.asText();
            if (numeric) {
                if (!NUMBER.matcher(text).matches()) {
                    throw new IllegalArgumentException();
                }
                return AttributeValue.fromN(text);
            }
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            if (bytes == 0 || bytes > MAX_KEY_BYTES) {
                throw new IllegalArgumentException();
            }
            return AttributeValue.fromS(text);
        }
    }
}
