package example.mentoring.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import example.mentoring.aws.Environment;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.StackTemplate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Every function of the template, instantiated as Lambda would (through the handler class's
 * constructor taking its {@link Environment}, and the host's clock where the handler takes one),
 * and invoked with real event objects. {@link #reload} instantiates them afresh, for an emulator
 * that was reset (its user pool has a new id).
 */
final class LocalFunctions {

    private record Loaded(Map<String, Object> handlers, Map<String, StackTemplate.Function> byArn,
                          Map<String, StackTemplate.Function> byId) {
    }

    private final EmulatedStack stack;
    private final Map<String, String> overrides;
    private final Clock clock;
    private volatile Loaded loaded;

    /** {@code overrides}: variables that differ on this machine (e.g. the API's own address). */
    LocalFunctions(EmulatedStack stack, Map<String, String> overrides, Clock clock) {
        this.stack = stack;
        this.overrides = overrides;
        // as Environment.clock(): whole milliseconds, the precision instants are stored with
        this.clock = Clock.tick(clock, Duration.ofMillis(1));
        reload();
    }

    void reload() {
        Map<String, Object> handlers = new LinkedHashMap<>();
        Map<String, StackTemplate.Function> byArn = new LinkedHashMap<>();
        Map<String, StackTemplate.Function> byId = new LinkedHashMap<>();
        for (StackTemplate.Function function : stack.template().functions()) {
            Map<String, String> environment = new LinkedHashMap<>(stack.environmentOf(function));
            environment.putAll(overrides);
            handlers.put(function.logicalId(), instantiate(function, Environment.of(environment)));
            byArn.put(function.arn(), function);
            byId.put(function.logicalId(), function);
        }
        loaded = new Loaded(handlers, byArn, byId);
    }

    private Object instantiate(StackTemplate.Function function, Environment environment) {
        try {
            Class<?> handler = Class.forName(function.handlerClass());
            try {
                return handler.getConstructor(Environment.class, Clock.class).newInstance(environment, clock);
            } catch (NoSuchMethodException clockless) {
                return handler.getConstructor(Environment.class).newInstance(environment);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create the handler of " + function.logicalId()
                    + " (" + function.handlerClass() + "): is its module a dependency of local/?", e);
        }
    }

    @SuppressWarnings("unchecked")
    APIGatewayV2HTTPResponse invokeHttp(String logicalId, APIGatewayV2HTTPEvent event) {
        Loaded now = loaded;
        Object handler = now.handlers().get(logicalId);
        return ((RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>) handler)
                .handleRequest(event, new LocalContext(event.getRequestContext().getRequestId(), now.byId().get(logicalId)));
    }

    /** Invokes the function that an ARN names with a JSON payload, as Scheduler does. */
    String invokeByArn(String arn, String payload) {
        Loaded now = loaded;
        String unqualified = arn.replaceFirst("^(arn:[^:]+:lambda:[^:]+:[^:]+:function:[^:]+):.*$", "$1");
        StackTemplate.Function function = now.byArn().get(unqualified);
        if (function == null) {
            throw new IllegalArgumentException("No local function has the ARN " + arn);
        }
        Object handler = now.handlers().get(function.logicalId());
        LocalContext context = new LocalContext(UUID.randomUUID().toString(), function);
        if (handler instanceof RequestStreamHandler streamHandler) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                streamHandler.handleRequest(new ByteArrayInputStream(payload.getBytes(StandardCharsets.UTF_8)), out, context);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return out.toString(StandardCharsets.UTF_8);
        }
        throw new IllegalArgumentException(function.logicalId() + " does not take a JSON payload");
    }
}
