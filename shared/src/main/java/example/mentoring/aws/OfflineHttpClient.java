package example.mentoring.aws;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.json.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An HTTP client that never leaves the process: every call is answered {@code 200}, as a success
 * with nothing in it (an empty JSON object: a write done, an item not found, an empty page), or,
 * where a success must carry fields, with a placeholder: a secret's read gets a value that is no
 * key of ours. The items it is given to put (one by one or in a transaction) it remembers, and a
 * {@code GetItem} of one of their keys gets it back. Priming runs a function's real request paths
 * through clients built on it: the same marshalling, signing, success unmarshalling and code of
 * our own as a real request, past a read of what it put first, and nothing reaches any AWS service.
 */
final class OfflineHttpClient implements SdkHttpClient {

    private static final String NOTHING = "{}";
    private static final String DYNAMODB = "DynamoDB_20120810.";
    /** Answers that must carry fields, by the JSON protocols' {@code X-Amz-Target}. */
    private static final Map<String, String> ANSWERS = Map.of(
            "secretsmanager.GetSecretValue", """
                    {"ARN": "arn:aws:secretsmanager:us-east-1:000000000000:secret:offline", "Name": "offline",
                     "VersionId": "00000000-0000-4000-8000-000000000000", "VersionStages": ["AWSCURRENT"],
                     "SecretString": "offline-priming-placeholder-not-a-key", "CreatedDate": 0}""");

    /** The items put, most recent last, by table. */
    private final Map<String, List<JsonNode>> items = new ConcurrentHashMap<>();

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
        byte[] body = answer(target, request).getBytes(StandardCharsets.UTF_8);
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                return HttpExecuteResponse.builder()
                        .response(SdkHttpResponse.builder().statusCode(200)
                                .putHeader("Content-Type", "application/x-amz-json-1.1")
                                .putHeader("Content-Length", String.valueOf(body.length))
                                .build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                        .build();
            }

            @Override
            public void abort() {
                // nothing in flight
            }
        };
    }

    private String answer(String target, HttpExecuteRequest request) {
        switch (target) {
            case DYNAMODB + "PutItem" -> remember(body(request));
            case DYNAMODB + "TransactWriteItems" -> body(request).path("TransactItems")
                    .forEach(item -> remember(item.path("Put")));
            case DYNAMODB + "GetItem" -> {
                JsonNode get = body(request);
                return find(get.path("TableName").asText(), get.path("Key"))
                        .map(item -> Json.write(Map.of("Item", item))).orElse(NOTHING);
            }
            default -> {
                return ANSWERS.getOrDefault(target, NOTHING);
            }
        }
        return NOTHING;
    }

    private void remember(JsonNode put) {
        if (put.path("Item").isObject()) {
            items.computeIfAbsent(put.path("TableName").asText(), table -> new CopyOnWriteArrayList<>())
                    .add(put.path("Item"));
        }
    }

    /** The item put last in {@code table} that has every attribute of {@code key}. */
    private Optional<JsonNode> find(String table, JsonNode key) {
        List<JsonNode> put = items.getOrDefault(table, List.of());
        for (int i = put.size() - 1; i >= 0; i--) {
            JsonNode item = put.get(i);
            boolean matches = true;
            for (Iterator<Map.Entry<String, JsonNode>> attributes = key.fields(); attributes.hasNext(); ) {
                Map.Entry<String, JsonNode> attribute = attributes.next();
                matches &= attribute.getValue().equals(item.get(attribute.getKey()));
            }
            if (matches) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    private static JsonNode body(HttpExecuteRequest request) {
        try (InputStream content = request.contentStreamProvider().orElseThrow().newStream()) {
            return Json.parse(content);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @Override
    public String clientName() {
        return "offline";
    }

    @Override
    public void close() {
        // nothing to release
    }
}
