package example.mentoring.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import example.mentoring.http.FieldError;
import example.mentoring.http.Json;
import example.mentoring.http.Problem;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Turns DynamoDB's last evaluated key into the API's opaque {@code nextToken} and back. */
public final class PageTokens {

    private PageTokens() {
    }

    public static String encode(Map<String, AttributeValue> lastEvaluatedKey) {
        if (lastEvaluatedKey == null || lastEvaluatedKey.isEmpty()) {
            return null;
        }
        ObjectNode node = Json.MAPPER.createObjectNode();
        lastEvaluatedKey.forEach((name, value) -> {
            if (value.s() != null) {
                node.putObject(name).put("S", value.s());
            } else if (value.n() != null) {
                node.putObject(name).put("N", value.n());
            } else {
                throw new IllegalStateException("Key attribute " + name + " is neither string nor number");
            }
        });
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Json.write(node).getBytes(StandardCharsets.UTF_8));
    }

    public static Map<String, AttributeValue> decode(String token) {
        try {
            JsonNode node = Json.MAPPER.readTree(Base64.getUrlDecoder().decode(token));
            Map<String, AttributeValue> key = new LinkedHashMap<>();
            node.fields().forEachRemaining(field -> {
                JsonNode value = field.getValue();
                if (value.hasNonNull("S")) {
                    key.put(field.getKey(), AttributeValue.fromS(value.get("S").asText()));
                } else if (value.hasNonNull("N")) {
                    key.put(field.getKey(), AttributeValue.fromN(value.get("N").asText()));
                } else {
                    throw new IllegalArgumentException();
                }
            });
            if (key.isEmpty()) {
                throw new IllegalArgumentException();
            }
            return key;
        } catch (Exception e) {
            throw Problem.validation(List.of(new FieldError("nextToken", "is not a token this API gave out")));
        }
    }
}
