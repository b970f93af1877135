package example.mentoring.coldstart;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs in a fresh JVM whose classpath is one function's jar: builds its handler as Lambda would
 * (the no-argument constructor, configuration from the process environment) and serves one event.
 * Times, in the process: init (loading and building the handler) and the first request; in mode
 * {@code primed}, also the priming that SnapStart would run before its snapshot (every registered
 * {@code Primer}, between init and the first request) and the median of 20 warm requests after.
 * Prints one line to standard error, {@code cold-start init=… prime=… first=… warm=…} (ms).
 */
public final class InvokeOnce {

    static final int WARM_REQUESTS = 20;
    /** Built by the first request (which is timed with it: conservative), reused by the warm ones. */
    private static ObjectMapper mapper;

    private InvokeOnce() {
    }

    public static void main(String[] args) throws Exception {
        boolean primed = args[0].equals("primed");
        byte[] event = Files.readAllBytes(Path.of(args[2]));
        long started = System.nanoTime();
        Object handler = Class.forName(args[1]).getConstructor().newInstance();
        double init = millisSince(started);
        double prime = 0;
        if (primed) {
            started = System.nanoTime();
            example.mentoring.priming.Primer.primeRegistered();
            prime = millisSince(started);
        }
        started = System.nanoTime();
        serve(handler, event);
        double first = millisSince(started);
        double warm = 0;
        if (primed) {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < WARM_REQUESTS; i++) {
                started = System.nanoTime();
                serve(handler, event);
                times.add(millisSince(started));
            }
            warm = times.stream().sorted().toList().get(WARM_REQUESTS / 2);
        }
        System.err.printf("cold-start init=%.1f prime=%.1f first=%.1f warm=%.1f%n", init, prime, first, warm);
    }

    static double millisSince(long started) {
        return (System.nanoTime() - started) / 1e6;
    }

    @SuppressWarnings("unchecked")
    static void serve(Object handler, byte[] event) throws Exception {
        if (handler instanceof RequestStreamHandler stream) {
            stream.handleRequest(new ByteArrayInputStream(event), new ByteArrayOutputStream(), null);
            return;
        }
        APIGatewayV2HTTPResponse response = ((RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>) handler)
                .handleRequest(httpEvent(mapper().readTree(new String(event, StandardCharsets.UTF_8))), null);
        if (response.getStatusCode() >= 500) {
            throw new IllegalStateException("the function answered " + response.getStatusCode());
        }
    }

    private static ObjectMapper mapper() {
        if (mapper == null) {
            mapper = new ObjectMapper();
        }
        return mapper;
    }

    /**
     * The event as the Lambda runtime hands it over, built from its JSON: the runtime's own
     * deserialisation is not the function's work, and bean reflection over the function's Jackson
     * would add a cost here that no deployed function pays.
     */
    static APIGatewayV2HTTPEvent httpEvent(JsonNode json) {
        JsonNode context = json.path("requestContext");
        JsonNode claims = context.path("authorizer").path("jwt").path("claims");
        var requestContext = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withRequestId(context.path("requestId").asText(null))
                .withRouteKey(context.path("routeKey").asText(null))
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                        .withMethod(context.path("http").path("method").asText(null))
                        .withPath(context.path("http").path("path").asText(null))
                        .withSourceIp(context.path("http").path("sourceIp").asText(null)).build());
        if (claims.isObject()) {
            requestContext.withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                    .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder().withClaims(strings(claims)).build())
                    .build());
        }
        return APIGatewayV2HTTPEvent.builder()
                .withVersion(json.path("version").asText(null))
                .withRouteKey(json.path("routeKey").asText(null))
                .withRawPath(json.path("rawPath").asText(null))
                .withRawQueryString(json.path("rawQueryString").asText(null))
                .withHeaders(strings(json.path("headers")))
                .withQueryStringParameters(strings(json.path("queryStringParameters")))
                .withPathParameters(strings(json.path("pathParameters")))
                .withBody(json.path("body").isTextual() ? json.path("body").asText() : null)
                .withIsBase64Encoded(json.path("isBase64Encoded").asBoolean(false))
                .withRequestContext(requestContext.build())
                .build();
    }

    private static Map<String, String> strings(JsonNode object) {
        if (!object.isObject()) {
            return null;
        }
        Map<String, String> map = new LinkedHashMap<>();
        object.fields().forEachRemaining(field -> map.put(field.getKey(), field.getValue().asText()));
        return map;
    }
}
