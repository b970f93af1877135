package example.mentoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import example.mentoring.emulator.ProjectRoot;
import example.mentoring.match.ConfirmationWorker;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** template.yaml read as YAML: the settings that keep the deployed stack safe to run and to watch. */
@DisplayName("The template protects the public API, logs without secrets and raises alarms")
class OperationsTemplateTest {

    static final Path ROOT = ProjectRoot.find();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static JsonNode template;
    static JsonNode resources;

    @BeforeAll
    static void load() throws IOException {
        template = YAML.readTree(ROOT.resolve("template.yaml").toFile());
        resources = template.path("Resources");
    }

    static Map<String, JsonNode> ofType(String type) {
        Map<String, JsonNode> found = new java.util.LinkedHashMap<>();
        resources.fields().forEachRemaining(e -> {
            if (type.equals(e.getValue().path("Type").asText())) {
                found.put(e.getKey(), e.getValue());
            }
        });
        return found;
    }

    static JsonNode api() {
        return resources.path("MentoringApi").path("Properties");
    }

    @Test
    @DisplayName("CORS allows one configured origin, never *, and the parameter refuses *")
    void corsOrigins() {
        JsonNode origins = api().path("CorsConfiguration").path("AllowOrigins");
        assertTrue(origins.size() > 0);
        for (JsonNode origin : origins) {
            String value = origin.asText();
            JsonNode parameter = template.path("Parameters").path(value);
            if (!parameter.isMissingNode()) {
                value = parameter.path("Default").asText();
                String pattern = parameter.path("AllowedPattern").asText();
                assertFalse(pattern.isEmpty(), "the origin parameter needs an AllowedPattern");
                assertFalse(Pattern.matches(pattern, "*"), "AllowedPattern accepts *");
                assertFalse(Pattern.matches(pattern, "https://*.example"), "AllowedPattern accepts a wildcard");
                assertTrue(Pattern.matches(pattern, value), "the default origin fits the pattern");
            }
            assertFalse(value.contains("*"), "a wildcard origin: " + value);
        }
    }

    @Test
    @DisplayName("every public route that writes has its own, stricter throttling")
    void publicWritesThrottled() {
        JsonNode defaults = api().path("DefaultRouteSettings");
        int defaultBurst = defaults.path("ThrottlingBurstLimit").asInt();
        double defaultRate = defaults.path("ThrottlingRateLimit").asDouble();
        assertTrue(defaultBurst > 0 && defaultRate > 0, "default throttling");
        List<String> publicWrites = new ArrayList<>();
        ofType("AWS::Serverless::Function").values().forEach(function ->
                function.path("Properties").path("Events").fields().forEachRemaining(event -> {
                    JsonNode p = event.getValue().path("Properties");
                    String method = p.path("Method").asText().toUpperCase(Locale.ROOT);
                    boolean open = p.path("Auth").path("Authorizer").asText("NONE").equals("NONE");
                    if ("HttpApi".equals(event.getValue().path("Type").asText()) && open
                            && Set.of("POST", "PUT", "PATCH", "DELETE").contains(method)) {
                        String route = method + " " + p.path("Path").asText();
                        publicWrites.add(route);
                        JsonNode settings = p.path("RouteSettings");
                        assertTrue(settings.path("ThrottlingBurstLimit").asInt(Integer.MAX_VALUE) < defaultBurst,
                                route + " needs a ThrottlingBurstLimit below the default");
                        assertTrue(settings.path("ThrottlingRateLimit").asDouble(Double.MAX_VALUE) < defaultRate,
                                route + " needs a ThrottlingRateLimit below the default");
                    }
                }));
        assertTrue(publicWrites.contains("POST /cohorts/{cohortId}/applications"), publicWrites.toString());
        assertTrue(publicWrites.contains("POST /unsubscribe"), publicWrites.toString());
    }

    @Test
    @DisplayName("access logs go to a log group with retention, and their format never holds the query string")
    void accessLogs() throws IOException {
        JsonNode settings = api().path("AccessLogSettings");
        String destination = settings.path("DestinationArn").asText();
        JsonNode group = resources.path(destination.substring(0, destination.indexOf('.')));
        assertEquals("AWS::Logs::LogGroup", group.path("Type").asText());
        assertTrue(group.path("Properties").path("RetentionInDays").asInt() > 0);
        String format = settings.path("Format").asText();
        assertTrue(new ObjectMapper().readTree(format).isObject(), "one JSON object per request");
        Matcher variables = Pattern.compile("\\$context\\.[A-Za-z.]+").matcher(format);
        Set<String> used = new TreeSet<>();
        while (variables.find()) {
            used.add(variables.group());
        }
        assertTrue(used.contains("$context.routeKey"), used.toString());
        for (String variable : used) {
            String lower = variable.toLowerCase(Locale.ROOT);
            assertFalse(lower.contains("query") || lower.contains("requestoverride") || lower.contains("authorizer")
                    || lower.contains("uri"), "may reveal a signed link's token: " + variable);
        }
        assertFalse(format.contains("$request."), "request parameters may hold tokens");
    }

    @Test
    @DisplayName("every function has an Errors and a Throttles alarm, and every alarm notifies the alarm topic")
    void alarms() {
        Map<String, JsonNode> alarms = ofType("AWS::CloudWatch::Alarm");
        for (String function : ofType("AWS::Serverless::Function").keySet()) {
            for (String metric : List.of("Errors", "Throttles")) {
                assertTrue(alarms.values().stream().map(a -> a.path("Properties")).anyMatch(p ->
                                "AWS/Lambda".equals(p.path("Namespace").asText()) && metric.equals(p.path("MetricName").asText())
                                && p.path("Dimensions").findValuesAsText("Value").contains(function)),
                        function + " has no " + metric + " alarm");
            }
        }
        Set<String> metrics = new TreeSet<>();
        alarms.values().forEach(a -> metrics.add(a.path("Properties").path("Namespace").asText() + "/"
                + a.path("Properties").path("MetricName").asText()));
        assertTrue(metrics.containsAll(Set.of("AWS/ApiGateway/5xx", "Mentoring/NotificationsFailed",
                "Mentoring/NotificationsSuppressed", "Mentoring/" + ConfirmationWorker.STALLED_METRIC)), metrics.toString());
        alarms.forEach((id, alarm) -> assertEquals("[\"AlarmTopicArn\"]",
                alarm.path("Properties").path("AlarmActions").toString(), id + " notifies no one"));
        assertTrue(template.path("Parameters").has("AlarmTopicArn"));
    }

    @Test
    @DisplayName("iam:PassRole is granted only towards the service that needs the role")
    void passRole() {
        List<JsonNode> passRoles = new ArrayList<>();
        resources.findValues("Statement").forEach(statements -> statements.forEach(statement -> {
            if (statement.path("Action").toString().contains("iam:PassRole")) {
                passRoles.add(statement);
            }
        }));
        assertFalse(passRoles.isEmpty());
        for (JsonNode statement : passRoles) {
            assertEquals("scheduler.amazonaws.com",
                    statement.path("Condition").path("StringEquals").path("iam:PassedToService").asText(), statement.toString());
        }
    }

    @Test
    @DisplayName("the sender sends through the stack's configuration set, which publishes bounces and complaints to EventBridge")
    void sesFeedback() {
        String configurationSet = resources.path("NotificationSenderFunction").path("Properties").path("Environment")
                .path("Variables").path("SES_CONFIGURATION_SET").asText();
        assertEquals("AWS::SES::ConfigurationSet", resources.path(configurationSet).path("Type").asText());
        JsonNode destination = ofType("AWS::SES::ConfigurationSetEventDestination").values().stream()
                .map(d -> d.path("Properties"))
                .filter(p -> configurationSet.equals(p.path("ConfigurationSetName").asText()))
                .findFirst().orElseThrow().path("EventDestination");
        assertTrue(destination.path("EventBridgeDestination").path("EventBusArn").asText().endsWith("event-bus/default"));
        Set<String> types = new TreeSet<>();
        destination.path("MatchingEventTypes").forEach(t -> types.add(t.asText()));
        assertTrue(types.containsAll(Set.of("bounce", "complaint")), types.toString());
        JsonNode pattern = resources.path("RecordEmailEventsFunction").path("Properties").path("Events")
                .path("SesFeedback").path("Properties").path("Pattern");
        assertEquals("[\"aws.ses\"]", pattern.path("source").toString());
    }

    @Test
    @DisplayName("the docker-compose emulator listens on the loopback interface only")
    void emulatorOnLoopback() throws IOException {
        JsonNode compose = YAML.readTree(ROOT.resolve("docker-compose.yml").toFile());
        compose.path("services").forEach(service -> service.path("ports").forEach(port ->
                assertTrue(port.asText().startsWith("127.0.0.1:"), "published beyond loopback: " + port.asText())));
    }
}
