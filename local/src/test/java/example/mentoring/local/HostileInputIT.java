package example.mentoring.local;

import static example.mentoring.local.HostileValues.MARKUP;
import static example.mentoring.local.HostileValues.headerValues;
import static example.mentoring.local.HostileValues.pathValues;
import static example.mentoring.local.HostileValues.queryValues;
import static example.mentoring.local.HostileValues.valuesFor;
import static example.mentoring.local.HostileValues.wholeBodies;
import static example.mentoring.local.HostileValues.withValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import example.mentoring.emulator.EventFixtures;
import example.mentoring.json.Json;
import example.mentoring.local.ApiOperations.Operation;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Hostile input through the local host: for every operation of openapi.yaml, a request that works
 * (MatrixWorld's call, or one built from the schemas) is mutated one part at a time, from what the
 * schemas say each body field, path id, query value and header is: wrong types, nulls, huge and tiny
 * numbers, deep nesting, long and non-BMP strings, invalid UTF-8, CRLF, markup. Every answer must be
 * below 500, every error {@code application/problem+json} (but API Gateway's own 401/404), a refused
 * write must leave every table as it was, and no markup may reach an email unescaped. The cases are
 * drawn with a fixed seed (printed; {@code -Dhostile.seed=} draws others) and capped per operation
 * ({@code -Dhostile.cases=}, 60 by default, keeps the run near a minute; a large cap runs them all).
 */
@DisplayName("Hostile input: every operation, mutated from its schemas, answers 4xx problem+json and stores nothing")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT {

    static final long SEED = Long.getLong("hostile.seed", 20_261_201L);
    static final int MAX_CASES_PER_OPERATION = Integer.getInteger("hostile.cases", 60);
    static final String OPEN_COHORT = "hostile-open";

    static LocalApi api;
    static MatrixWorld world;
    static JsonNode openApi;
    static DynamoDbClient dynamo;
    /** A genuine token of another list, to be offered to every list. */
    static String otherListsToken;

    /** One request to send, and what it is meant to test. */
    record Case(String operationId, String label, String method, String target, MatrixCaller caller, byte[] body,
                String contentType, Map<String, String> headers, boolean important, Map<String, List<String>> errorTypes) {
    }

    @BeforeAll
    static void start() throws Exception {
        api = new LocalApi();
        world = MatrixWorld.build(api);
        openApi = StackConsistencyTest.openApi();
        dynamo = api.dynamo();
        String coordinator = world.token(MatrixCaller.COORDINATOR);
        HttpResponse<String> open = api.send("POST", "/cohorts", coordinator, Json.write(Map.of(
                "cohortId", OPEN_COHORT, "name", "Open " + MARKUP, "opensAt", "2026-01-01T00:00:00Z",
                "applicationDeadline", Instant.now().plus(Duration.ofDays(30)).toString(),
                "programStart", "2031-01-01", "programEnd", "2031-12-31")));
        assertEquals(201, open.statusCode(), open.body());
        otherListsToken = Json.parseBody(api.send("GET", "/cohorts?limit=1", coordinator, null).body()).path("nextToken").asText();
        assertFalse(otherListsToken.isEmpty(), "two cohorts make two pages of one");
    }

    @AfterAll
    static void stop() {
        if (dynamo != null) {
            dynamo.close();
        }
        if (api != null) {
            api.close();
        }
    }

    // ---- The findings of issue 11, each reproduced over HTTP ----

    @Test
    @Order(1)
    @DisplayName("issue 11 finding 4: deep nesting, a 1 001-digit number, a forged nextToken, a 3 000-byte id and a chunk's run id are 4xx")
    void findings() throws Exception {
        String coordinator = world.token(MatrixCaller.COORDINATOR);
        assertProblem(400, api.send("POST", "/cohorts", coordinator, "[".repeat(200) + "]".repeat(200)));
        assertProblem(400, api.send("POST", "/cohorts/" + OPEN_COHORT + "/applications", null,
                "{\"yearsExperience\": " + "9".repeat(1001) + "}"));
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"Foo\":{\"S\":\"x\"}}".getBytes(StandardCharsets.UTF_8));
        assertProblem(422, api.send("GET", "/cohorts?nextToken=" + forged, coordinator, null));
        assertProblem(422, api.send("GET", "/cohorts/" + MatrixWorld.COHORT + "/applications?nextToken=" + otherListsToken, coordinator, null));
        assertProblem(404, api.send("GET", "/cohorts/" + MatrixWorld.COHORT + "/applications/" + "A".repeat(3000), coordinator, null));
        String runs = "/cohorts/" + MatrixWorld.COHORT + "/matching-runs";
        String runId = Json.parseBody(api.send("POST", runs, coordinator, "{}").body()).path("runId").asText();
        HttpResponse<String> anyRun = api.send("GET", "/cohorts/" + OPEN_COHORT + "/matching-runs/01JDR7K2M3N4P5Q6R7S8T9V0W1%230000", coordinator, null);
        assertProblem(404, anyRun);
        if (!runId.isEmpty()) {
            assertProblem(404, api.send("GET", runs + "/" + runId + "%230000", coordinator, null));
        }
    }

    private static void assertProblem(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.uri() + ": " + response.body());
        assertEquals("application/problem+json", response.headers().firstValue("content-type").orElse(""), response.body());
    }

    // ---- The fuzzer ----

    @Test
    @Order(2)
    @DisplayName("every operation × its mutations: no 5xx, errors as problem+json, refused writes store nothing")
    void fuzz() throws Exception {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        Fingerprint fingerprint = new Fingerprint();
        int total = 0;
        for (Operation operation : ApiOperations.load()) {
            List<Case> cases = casesFor(operation, random);
            counts.put(operation.operationId(), cases.size());
            for (Case c : cases) {
                total++;
                run(c, fingerprint, failures);
            }
        }
        System.out.printf("Hostile input (seed %d): %d cases over %d operations%n", SEED, total, counts.size());
        counts.forEach((id, n) -> System.out.printf("  %-22s %3d cases%n", id, n));
        assertTrue(failures.isEmpty(), failures.size() + " of " + total + " cases failed:\n" + String.join("\n", failures));
    }

    private static void run(Case c, Fingerprint fingerprint, List<String> failures) throws Exception {
        boolean write = !c.method().equals("GET");
        Map<String, String> before = write ? fingerprint.current() : null;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.base() + c.target()))
                .method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(c.body()))
                .header("content-type", c.contentType());
        String token = world.token(c.caller());
        if (token != null) {
            request.header("authorization", "Bearer " + token);
        }
        c.headers().forEach(request::header);
        HttpResponse<String> response = api.send(request.build());
        String label = c.operationId() + " [" + c.label() + " as " + c.caller().label() + "] " + response.statusCode()
                + " " + abbreviate(response.body());
        int status = response.statusCode();
        if (status >= 500) {
            failures.add("5xx: " + label);
        } else if (status >= 400) {
            String type = response.headers().firstValue("content-type").orElse("");
            boolean gateway = (status == 401 || status == 404) && response.body().startsWith("{\"message\":");
            // A few answers are documented as something else, e.g. the unsubscribe page's HTML for browsers.
            boolean documented = c.errorTypes().getOrDefault(String.valueOf(status), List.of()).stream()
                    .anyMatch(t -> !t.equals("application/problem+json") && type.startsWith(t));
            if (!gateway && !documented && !type.equals("application/problem+json")) {
                failures.add("not problem+json (" + type + "): " + label);
            }
        }
        if (status < 400) {
            // An answered read may store too: reads of demographic data go to the audit trail.
            fingerprint.invalidate();
        } else if (write) {
            Map<String, String> after = fingerprint.refresh();
            // With a valid Idempotency-Key the first answer, refusals included, is kept to be replayed
            // (openapi.yaml's IdempotencyKey): that record is the contract, not the refused write.
            boolean keyed = c.headers().containsKey("Idempotency-Key");
            if (!Fingerprint.withoutIdempotency(after, keyed).equals(Fingerprint.withoutIdempotency(before, keyed))) {
                failures.add("refused but stored " + Fingerprint.difference(before, after) + ": " + label);
            }
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** What every table holds: item count and a digest of the items (the outbox: count only, its sender updates it). */
    static final class Fingerprint {
        private Map<String, String> last;

        Map<String, String> current() {
            return last == null ? refresh() : last;
        }

        void invalidate() {
            last = null;
        }

        Map<String, String> refresh() {
            Map<String, String> tables = new TreeMap<>();
            for (String table : dynamo.listTables().tableNames()) {
                List<String> items = new ArrayList<>();
                Map<String, AttributeValue> start = null;
                do {
                    Map<String, AttributeValue> from = start;
                    var page = dynamo.scan(r -> r.tableName(table).exclusiveStartKey(from));
                    page.items().forEach(item -> items.add(new TreeMap<>(item).toString()));
                    start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
                } while (start != null);
                Collections.sort(items);
                boolean outbox = table.toLowerCase(Locale.ROOT).contains("notification");
                tables.put(table, items.size() + (outbox ? "" : " " + Integer.toHexString(items.hashCode())));
            }
            last = tables;
            return tables;
        }

        static Map<String, String> withoutIdempotency(Map<String, String> tables, boolean keyed) {
            Map<String, String> kept = new TreeMap<>(tables);
            if (keyed) {
                kept.keySet().removeIf(table -> table.toLowerCase(Locale.ROOT).contains("idempotency"));
            }
            return kept;
        }

        static String difference(Map<String, String> before, Map<String, String> after) {
            List<String> changed = new ArrayList<>();
            after.forEach((table, value) -> {
                if (!value.equals(before.get(table))) {
                    changed.add(table + " " + before.get(table) + " -> " + value);
                }
            });
            return changed.toString();
        }
    }

    // ---- Building the cases of one operation ----

    private static List<Case> casesFor(Operation operation, Random random) throws Exception {
        JsonNode spec = openApi.path("paths").path(operation.path()).path(operation.method().toLowerCase(Locale.ROOT));
        MatrixWorld.Call call = seedCall(operation);
        String seedPath = call.path().replaceAll("\\?.*", "");
        Map<String, String> seedQuery = new LinkedHashMap<>();
        if (call.path().contains("?")) {
            for (String pair : call.path().substring(call.path().indexOf('?') + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                seedQuery.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        List<MatrixCaller> callers = callers(operation);
        List<JsonNode> parameters = new ArrayList<>();
        spec.path("parameters").forEach(p -> parameters.add(resolve(p)));
        JsonNode bodySchema = resolve(spec.path("requestBody").path("content").path("application/json").path("schema"));
        boolean formBody = spec.path("requestBody").path("content").has("application/x-www-form-urlencoded");
        String seedBody = call.body() != null ? call.body()
                : !bodySchema.isMissingNode() ? Json.write(example(bodySchema)) : formBody ? "List-Unsubscribe=One-Click" : null;
        String contentType = formBody ? "application/x-www-form-urlencoded" : "application/json";

        Map<String, List<String>> errorTypes = new LinkedHashMap<>();
        spec.path("responses").fields().forEachRemaining(response -> {
            List<String> types = new ArrayList<>();
            resolve(response.getValue()).path("content").fieldNames().forEachRemaining(types::add);
            errorTypes.put(response.getKey(), types);
        });
        List<Case> important = new ArrayList<>();
        List<Case> others = new ArrayList<>();
        CaseMaker make = (label, path, query, body, headers, key) -> {
            MatrixCaller caller = callers.get((important.size() + others.size()) % callers.size());
            Case c = new Case(operation.operationId(), label, operation.method(), path + queryString(query), caller,
                    body, contentType, headers, key, errorTypes);
            (key ? important : others).add(c);
        };
        byte[] seedBytes = seedBody == null ? null : seedBody.getBytes(StandardCharsets.UTF_8);
        make.add("as is", seedPath, seedQuery, seedBytes, Map.of(), true);

        // Path ids.
        String[] templateSegments = operation.path().split("/");
        String[] seedSegments = seedPath.split("/");
        for (int i = 0; i < templateSegments.length; i++) {
            if (!templateSegments[i].startsWith("{")) {
                continue;
            }
            String name = templateSegments[i].substring(1, templateSegments[i].length() - 1);
            for (Map.Entry<String, String> value : pathValues(seedSegments[i]).entrySet()) {
                String[] mutated = seedSegments.clone();
                mutated[i] = value.getValue();
                make.add("path " + name + " " + value.getKey(), String.join("/", mutated), seedQuery, seedBytes, Map.of(), true);
            }
        }
        // Query values and headers.
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            switch (parameter.path("in").asText()) {
                case "query" -> queryValues(name, otherListsToken).forEach((label, value) -> {
                    Map<String, String> query = new LinkedHashMap<>(seedQuery);
                    query.put(name, value);
                    make.add("query " + name + " " + label, seedPath, query, seedBytes, Map.of(), true);
                });
                case "header" -> headerValues().forEach((label, value) ->
                        make.add("header " + name + " " + label, seedPath, seedQuery, seedBytes, Map.of(name, value), false));
                default -> { }
            }
        }
        // Bodies.
        if (seedBody != null) {
            wholeBodies(seedBody).forEach((label, body) -> make.add("body " + label, seedPath, seedQuery, body, Map.of(), true));
        }
        if (!bodySchema.isMissingNode() && seedBody != null) {
            JsonNode seedJson = Json.parseBody(seedBody);
            for (Map.Entry<String, JsonNode> field : fields(bodySchema, "", 0).entrySet()) {
                for (Map.Entry<String, byte[]> value : valuesFor(field.getValue(), seedJson.at(field.getKey())).entrySet()) {
                    make.add("field " + field.getKey() + " " + value.getKey(), seedPath, seedQuery,
                            withValue(seedJson, field.getKey(), value.getValue()), Map.of(), false);
                }
            }
        }
        // Keep it quick: all of the important cases, then a seeded sample of the rest up to the cap.
        Collections.shuffle(others, random);
        List<Case> chosen = new ArrayList<>(important);
        others.stream().limit(Math.max(0, MAX_CASES_PER_OPERATION - important.size())).forEach(chosen::add);
        return chosen;
    }

    interface CaseMaker {
        void add(String label, String path, Map<String, String> query, byte[] body, Map<String, String> headers, boolean important);
    }

    /** MatrixWorld's call, except that applications go to a cohort still open (so that some succeed). */
    private static MatrixWorld.Call seedCall(Operation operation) {
        if (operation.operationId().equals("submitApplication")) {
            ObjectNode form = (ObjectNode) Json.parseBody(EventFixtures.http("submit-application/submit-mentee.json").getBody());
            return new MatrixWorld.Call("/cohorts/" + OPEN_COHORT + "/applications", Json.write(form), 201, (c, r) -> { });
        }
        return world.callFor(operation);
    }

    /** Who sends the cases: the public alternately as nobody and as a coordinator, else one who may. */
    private static List<MatrixCaller> callers(Operation operation) {
        if (!operation.secured()) {
            return List.of(MatrixCaller.ANONYMOUS, MatrixCaller.COORDINATOR);
        }
        return List.of(Access.allows(operation, MatrixCaller.COORDINATOR) ? MatrixCaller.COORDINATOR : MatrixCaller.PARTICIPANT);
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode resolved = node;
        while (resolved.has("$ref")) {
            resolved = openApi.at(resolved.path("$ref").asText().substring(1));
        }
        return resolved;
    }

    private static String queryString(Map<String, String> query) {
        if (query.isEmpty()) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        query.forEach((name, value) -> pairs.add(name + "=" + value));
        return "?" + String.join("&", pairs);
    }

    /** The body's fields as JSON pointers, with their schemas; nested objects and list elements too. */
    private static Map<String, JsonNode> fields(JsonNode schema, String pointer, int depth) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        JsonNode resolved = resolve(schema);
        if (depth > 2) {
            return found;
        }
        resolved.path("properties").fields().forEachRemaining(property -> {
            String at = pointer + "/" + property.getKey();
            JsonNode propertySchema = resolve(property.getValue());
            found.put(at, propertySchema);
            if (propertySchema.path("type").asText().equals("object")) {
                found.putAll(fields(propertySchema, at, depth + 1));
            } else if (propertySchema.path("type").asText().equals("array")) {
                JsonNode items = resolve(propertySchema.path("items"));
                found.put(at + "/0", items);
                if (items.path("type").asText().equals("object")) {
                    found.putAll(fields(items, at + "/0", depth + 1));
                }
            }
        });
        return found;
    }

    /** A value the schema admits: its example, default, first enum value, or a plain one of its type. */
    private static JsonNode example(JsonNode schema) {
        JsonNode s = resolve(schema);
        if (s.has("example")) {
            return s.get("example");
        }
        if (s.has("default")) {
            return s.get("default");
        }
        if (s.has("enum")) {
            return s.get("enum").get(0);
        }
        return switch (s.path("type").asText()) {
            case "object" -> {
                ObjectNode object = Json.mapper().createObjectNode();
                s.path("required").forEach(name -> object.set(name.asText(), example(s.path("properties").path(name.asText()))));
                yield object;
            }
            case "array" -> Json.mapper().createArrayNode();
            case "integer", "number" -> Json.mapper().getNodeFactory().numberNode(s.path("minimum").asInt(1));
            case "boolean" -> Json.mapper().getNodeFactory().booleanNode(true);
            default -> Json.mapper().getNodeFactory().textNode(switch (s.path("format").asText()) {
                case "date" -> "2031-03-01";
                case "date-time" -> "2031-03-01T00:00:00Z";
                case "email" -> "someone@example.org";
                default -> "x";
            });
        };
    }

    // ---- Markup never reaches an email unescaped ----

    @Test
    @Order(3)
    @DisplayName("markup in every text field reaches no email unescaped")
    void markupInEmails() throws Exception {
        ObjectNode form = (ObjectNode) Json.parseBody(EventFixtures.http("submit-application/submit-mentee.json").getBody());
        form.fields().forEachRemaining(field -> {
            if (field.getValue().isTextual() && !field.getKey().equals("email") && field.getValue().asText().matches(".*[a-z].*")) {
                field.setValue(Json.mapper().getNodeFactory().textNode(field.getValue().asText() + MARKUP));
            }
        });
        form.put("email", "markup@example.org");
        HttpResponse<String> applied = api.send("POST", "/cohorts/" + OPEN_COHORT + "/applications", null, Json.write(form));
        assertEquals(201, applied.statusCode(), applied.body());

        String coordinator = world.token(MatrixCaller.COORDINATOR);
        HttpResponse<String> post = api.send("POST", "/posts", coordinator, Json.write(Map.of(
                "title", "News " + MARKUP, "bodyMarkdown", "Some **news** " + MARKUP + " [x](javascript:alert(1))",
                "authorName", "Ed " + MARKUP)));
        assertEquals(201, post.statusCode(), post.body());
        String postId = Json.parseBody(post.body()).path("postId").asText();
        HttpResponse<String> published = api.send("POST", "/posts/" + postId + "/publish", coordinator,
                Json.write(Map.of("notifyCohortId", MatrixWorld.COHORT)));
        assertEquals(200, published.statusCode(), published.body());

        api.settle();
        List<JsonNode> emails = api.emails();
        assertTrue(sentTo(emails, "markup@example.org"), "the acknowledgement went out");
        int html = 0;
        int escaped = 0;
        for (JsonNode email : emails) {
            String body = email.path("html").asText("");
            if (body.isEmpty()) {
                continue;
            }
            html++;
            String lower = body.toLowerCase(Locale.ROOT);
            String where = email.path("subject").asText() + " to " + email.path("to");
            assertFalse(lower.contains("<script"), where + " carries a script: " + body);
            assertFalse(lower.contains("<img src=x onerror"), where + " carries an onerror handler: " + body);
            assertFalse(lower.contains("javascript:"), where + " carries a javascript: link: " + body);
            if (lower.contains("&lt;script&gt;")) {
                escaped++;
            }
        }
        assertTrue(escaped > 0, "the payloads reached some email, escaped (else this test checks nothing)");
        System.out.printf("Hostile input: %d emails checked, %d of them HTML, %d with the markup escaped%n",
                emails.size(), html, escaped);
        assertTrue(html > 0, "some email was HTML");
    }

    private static boolean sentTo(List<JsonNode> emails, String address) {
        return emails.stream().anyMatch(e -> e.path("to").toString().toLowerCase(Locale.ROOT).contains(address));
    }
}
