package example.mentoring.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * template.yaml read as the one source of truth for what the emulated stack holds: its tables, its
 * functions with their handlers, environment and HTTP routes. CloudFormation's short tags
 * ({@code !Ref X}, {@code !GetAtt X.Arn}) read as their plain argument, which is all we need:
 * locally every resource's physical name is its logical id (a user pool's id, which the emulator
 * generates, is put in by {@link EmulatedStack}).
 */
public final class StackTemplate {

    public static final String ACCOUNT = "123456789012";
    public static final String REGION = "us-east-1";

    private final JsonNode root;

    private StackTemplate(JsonNode root) {
        this.root = root;
    }

    public static StackTemplate load(Path file) {
        try {
            return new StackTemplate(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    public static StackTemplate load() {
        return load(ProjectRoot.find().resolve("template.yaml"));
    }

    /**
     * An HTTP API route of a function: {@code GET /cohorts/{cohortId}}, and whether API Gateway's JWT
     * authorizer guards it: the event's {@code Auth.Authorizer}, else its API's
     * {@code Auth.DefaultAuthorizer}, as SAM resolves them ({@code NONE} opts a route out of the default).
     */
    public record Route(String method, String path, boolean authorized) {
        public String routeKey() {
            return method + " " + path;
        }
    }

    /**
     * A trigger that is not an HTTP route: a {@code ScheduleV2} event (its expression and input), a
     * DynamoDB stream ({@code expression} empty, input {@code {"Records": []}}), or an EventBridge
     * rule ({@code pattern}: its event pattern as JSON; such events come from AWS services, e.g.
     * SES, so nothing fires them locally).
     */
    public record Trigger(String name, String expression, String input, String pattern) {
        public Trigger(String name, String expression, String input) {
            this(name, expression, input, "");
        }

        public boolean isStream() {
            return expression.isEmpty() && pattern.isEmpty();
        }

        public boolean isEventRule() {
            return !pattern.isEmpty();
        }
    }

    /** A function: its logical id, handler class and method, environment, routes and other triggers. */
    /** A function of the template; {@code timeoutSeconds} its own {@code Timeout}, else the Globals'. */
    public record Function(String logicalId, String handlerClass, String handlerMethod,
                           Map<String, String> environment, List<Route> routes, List<Trigger> triggers,
                           int timeoutSeconds) {
        public String arn() {
            return functionArn(logicalId);
        }
    }

    public static String functionArn(String logicalId) {
        return "arn:aws:lambda:" + REGION + ":" + ACCOUNT + ":function:" + logicalId;
    }

    private Map<String, JsonNode> resourcesOfType(String type) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        root.path("Resources").fields().forEachRemaining(e -> {
            if (type.equals(e.getValue().path("Type").asText())) {
                found.put(e.getKey(), e.getValue());
            }
        });
        return found;
    }

    /** The DynamoDB tables: logical id to their {@code Properties}. */
    public Map<String, JsonNode> tables() {
        Map<String, JsonNode> tables = new LinkedHashMap<>();
        resourcesOfType("AWS::DynamoDB::Table").forEach((id, node) -> tables.put(id, node.path("Properties")));
        return tables;
    }

    /** The Cognito user pools: logical id to their {@code Properties}. */
    public Map<String, JsonNode> userPools() {
        Map<String, JsonNode> pools = new LinkedHashMap<>();
        resourcesOfType("AWS::Cognito::UserPool").forEach((id, node) -> pools.put(id, node.path("Properties")));
        return pools;
    }

    /** A group of a user pool: the pool's logical id and the group's name. */
    public record UserPoolGroup(String userPool, String name) {
    }

    public List<UserPoolGroup> userPoolGroups() {
        List<UserPoolGroup> groups = new ArrayList<>();
        resourcesOfType("AWS::Cognito::UserPoolGroup").forEach((id, node) -> groups.add(new UserPoolGroup(
                node.path("Properties").path("UserPoolId").asText(), node.path("Properties").path("GroupName").asText())));
        return groups;
    }

    /** The SES configuration sets (their logical ids, which name them locally). */
    public List<String> sesConfigurationSets() {
        return List.copyOf(resourcesOfType("AWS::SES::ConfigurationSet").keySet());
    }

    public List<String> scheduleGroups() {
        return List.copyOf(resourcesOfType("AWS::Scheduler::ScheduleGroup").keySet());
    }

    /** The Secrets Manager secrets (logical ids; locally each secret is named by its logical id). */
    public List<String> secrets() {
        return List.copyOf(resourcesOfType("AWS::SecretsManager::Secret").keySet());
    }

    public Optional<String> parameterDefault(String name) {
        JsonNode parameter = root.path("Parameters").path(name);
        return parameter.has("Default") ? Optional.of(parameter.get("Default").asText()) : Optional.empty();
    }

    /** The route keys ({@code GET /cohorts/{cohortId}}) of one function's HTTP events. */
    public java.util.Set<String> routeKeys(String functionLogicalId) {
        return functions().stream().filter(f -> f.logicalId().equals(functionLogicalId))
                .flatMap(f -> f.routes().stream()).map(Route::routeKey)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    public List<Function> functions() {
        List<Function> functions = new ArrayList<>();
        resourcesOfType("AWS::Serverless::Function").forEach((id, node) -> {
            JsonNode properties = node.path("Properties");
            String[] handler = properties.path("Handler").asText().split("::");
            Map<String, String> environment = new LinkedHashMap<>();
            for (JsonNode variables : List.of(root.path("Globals").path("Function").path("Environment").path("Variables"),
                    properties.path("Environment").path("Variables"))) {
                // Conditional values (!If ...) are deployment choices; the emulator sets its own.
                variables.fields().forEachRemaining(v -> {
                    if (v.getValue().isValueNode()) {
                        environment.put(v.getKey(), resolve(v.getValue().asText()));
                    }
                });
            }
            List<Route> routes = new ArrayList<>();
            List<Trigger> triggers = new ArrayList<>();
            properties.path("Events").fields().forEachRemaining(event -> {
                JsonNode ep = event.getValue().path("Properties");
                switch (event.getValue().path("Type").asText()) {
                    case "HttpApi" -> routes.add(new Route(ep.path("Method").asText().toUpperCase(),
                            ep.path("Path").asText(), authorized(event.getKey(), ep)));
                    case "ScheduleV2", "Schedule" -> triggers.add(new Trigger(event.getKey(),
                            ep.path("ScheduleExpression").asText(), ep.path("Input").asText("{}")));
                    case "DynamoDB" -> triggers.add(new Trigger(event.getKey(), "", "{\"Records\": []}"));
                    case "EventBridgeRule" -> triggers.add(new Trigger(event.getKey(), "", "{}",
                            ep.path("Pattern").toString()));
                    default -> { }
                }
            });
            int timeout = properties.path("Timeout").asInt(root.path("Globals").path("Function").path("Timeout").asInt(3));
            functions.add(new Function(id, handler[0], handler.length > 1 ? handler[1] : "handleRequest",
                    environment, routes, triggers, timeout));
        });
        return functions;
    }

    /**
     * Whether an {@code HttpApi} event's route has a JWT authorizer. The API is the one its
     * {@code ApiId} names, else SAM's implicit one; its {@code Auth} is its own, else the Globals'.
     * What API Gateway would do and the emulation cannot (an authorizer that is not a JWT one,
     * authorization scopes, an authorizer the API does not declare) fails loudly instead of being
     * ignored.
     */
    private boolean authorized(String event, JsonNode properties) {
        JsonNode api = root.path("Resources").path(properties.path("ApiId").asText()).path("Properties");
        JsonNode apiAuth = api.has("Auth") ? api.path("Auth") : root.path("Globals").path("HttpApi").path("Auth");
        String name = properties.path("Auth").path("Authorizer").asText(apiAuth.path("DefaultAuthorizer").asText("NONE"));
        if ("NONE".equals(name)) {
            return false;
        }
        JsonNode authorizer = apiAuth.path("Authorizers").path(name);
        if (!authorizer.has("JwtConfiguration")) {
            throw new IllegalStateException("Event " + event + " names the authorizer " + name
                    + ", which is not a JWT authorizer of its HTTP API (the only kind emulated)");
        }
        if (properties.path("Auth").has("AuthorizationScopes") || authorizer.has("AuthorizationScopes")) {
            throw new IllegalStateException("Event " + event + ": authorization scopes are not emulated");
        }
        return true;
    }

    /** What a {@code !Ref} or {@code !GetAtt} argument names, as the emulated stack calls it. */
    String resolve(String value) {
        String logicalId = value.contains(".") ? value.substring(0, value.indexOf('.')) : value;
        JsonNode resource = root.path("Resources").path(logicalId);
        if (resource.isMissingNode()) {
            return parameterDefault(value).orElse(value);
        }
        return switch (resource.path("Type").asText()) {
            case "AWS::Serverless::Function" -> functionArn(logicalId);
            case "AWS::IAM::Role" -> "arn:aws:iam::" + ACCOUNT + ":role/" + logicalId;
            default -> logicalId;
        };
    }
}
