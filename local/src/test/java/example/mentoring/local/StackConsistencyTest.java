package example.mentoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import example.mentoring.aws.Environment;
import example.mentoring.emulator.ProjectRoot;
import example.mentoring.emulator.StackTemplate;
import example.mentoring.http.HttpFunction;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("template.yaml, openapi.yaml and events/ describe the same API")
class StackConsistencyTest {

    static final Path ROOT = ProjectRoot.find();
    static final StackTemplate TEMPLATE = StackTemplate.load();

    static Set<String> templateRoutes(boolean authorizedOnly) {
        Set<String> routes = new TreeSet<>();
        TEMPLATE.functions().forEach(f -> f.routes().stream()
                .filter(r -> !authorizedOnly || r.authorized())
                .forEach(r -> routes.add(r.routeKey())));
        return routes;
    }

    static JsonNode openApi() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("openapi.yaml").toFile());
    }

    @Test
    @DisplayName("every route of the template is in openapi.yaml and nothing else is")
    void sameRoutes() throws IOException {
        Set<String> documented = new TreeSet<>();
        Set<String> secured = new TreeSet<>();
        openApi().path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String key = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
            documented.add(key);
            if (op.getValue().path("security").size() > 0) {
                secured.add(key);
            }
        }));
        assertEquals(templateRoutes(false), documented);
        assertEquals(templateRoutes(true), secured, "routes behind the JWT authorizer and routes documented as secured");
    }

    @Test
    @DisplayName("every function's handler serves exactly the routes the template gives it")
    void handlersServeTheirTemplateRoutes() throws ReflectiveOperationException {
        for (StackTemplate.Function function : TEMPLATE.functions()) {
            Object handler = Class.forName(function.handlerClass()).getConstructor(Environment.class)
                    .newInstance(Environment.of(function.environment()));
            Set<String> served = handler instanceof HttpFunction http ? new TreeSet<>(http.routes().keys()) : Set.of();
            assertEquals(TEMPLATE.routeKeys(function.logicalId()), served, function.handlerClass());
        }
    }

    @Test
    @DisplayName("every function has sample events, and every route one whose routeKey matches")
    void sampleEvents() throws IOException {
        Set<String> eventRouteKeys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve("events"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode event = new ObjectMapper().readTree(file.toFile());
                if (event.has("routeKey")) {
                    eventRouteKeys.add(event.get("routeKey").asText());
                }
            }
        }
        assertTrue(eventRouteKeys.containsAll(templateRoutes(false)),
                "routes without a sample event: " + difference(templateRoutes(false), eventRouteKeys));
        for (StackTemplate.Function function : TEMPLATE.functions()) {
            Path folder = ROOT.resolve("events").resolve(moduleOf(function));
            assertTrue(Files.isDirectory(folder), "no events/ folder for " + function.logicalId());
            try (Stream<Path> files = Files.list(folder)) {
                assertFalse(files.findAny().isEmpty(), "no sample event for " + function.logicalId());
            }
        }
    }

    @Test
    @DisplayName("every function's CodeUri is the jar its own module builds")
    void codeUris() throws IOException {
        JsonNode resources = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("template.yaml").toFile()).path("Resources");
        for (StackTemplate.Function function : TEMPLATE.functions()) {
            String module = moduleOf(function);
            assertEquals("functions/" + module + "/target/" + module + "-lambda.jar",
                    resources.path(function.logicalId()).path("Properties").path("CodeUri").asText());
            assertTrue(Files.exists(ROOT.resolve("functions").resolve(module).resolve("pom.xml")));
        }
    }

    /** The SDK client a policy's action prefix calls for; {@code iam:PassRole} hands a role over, it calls nothing. */
    static final Map<String, String> CLIENT_OF_SERVICE = Map.of(
            "dynamodb", "software/amazon/awssdk/services/dynamodb/DynamoDbClient.class",
            "ses", "software/amazon/awssdk/services/sesv2/SesV2Client.class",
            "scheduler", "software/amazon/awssdk/services/scheduler/SchedulerClient.class",
            "cognito-idp", "software/amazon/awssdk/services/cognitoidentityprovider/CognitoIdentityProviderClient.class");
    /** The actions made in their service's JSON protocol, without its generated client (aws.JsonProtocolClient). */
    static final Set<String> JSON_PROTOCOL_ACTIONS = Set.of("secretsmanager:GetSecretValue", "cognito-idp:ListUsersInGroup");
    static final String JSON_PROTOCOL_CLIENT = "example/mentoring/aws/JsonProtocolClient.class";

    @Test
    @DisplayName("every function's jar carries the client of every action its policy lets it take")
    void jarsCarryTheirClients() throws IOException {
        JsonNode resources = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("template.yaml").toFile()).path("Resources");
        for (StackTemplate.Function function : TEMPLATE.functions()) {
            Path jar = ROOT.resolve(resources.path(function.logicalId()).path("Properties").path("CodeUri").asText());
            assertTrue(Files.exists(jar), jar + " is built before local/'s tests");
            Set<String> actions = new TreeSet<>();
            resources.path(function.logicalId()).path("Properties").path("Policies").findValues("Action").forEach(action -> {
                for (JsonNode one : action.isArray() ? action : List.of(action)) {
                    actions.add(one.asText());
                }
            });
            actions.removeIf(action -> action.startsWith("iam:"));
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
                for (String action : actions) {
                    String client = JSON_PROTOCOL_ACTIONS.contains(action) ? JSON_PROTOCOL_CLIENT
                            : CLIENT_OF_SERVICE.get(action.split(":")[0]);
                    assertTrue(client != null, "which client takes " + action + "? (map it in CLIENT_OF_SERVICE)");
                    assertTrue(zip.getEntry(client) != null, function.logicalId() + " may take " + action
                            + " but its jar has no " + client + ": declare the SDK module in its pom");
                }
            }
        }
    }

    static String moduleOf(StackTemplate.Function function) throws IOException {
        JsonNode template = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("template.yaml").toFile());
        String codeUri = template.path("Resources").path(function.logicalId()).path("Properties").path("CodeUri").asText();
        return codeUri.split("/")[1];
    }

    static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
