package example.mentoring.coldstart;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs in a fresh JVM whose classpath is one function's jar: builds its handler as Lambda would
 * (the no-argument constructor, configuration from the process environment) and serves one event.
 * Times, in the process: init (loading and building the handler) and the first request; in mode
 * {@code primed}, also the priming that SnapStart would run before its snapshot (every registered
 * {@code Primer}, between init and the first request) and the median of 20 warm requests after.
 * Prints one line to standard error, {@code cold-start init=… prime=… first=… warm=… status=…} (ms;
 * the first request's HTTP status, 0 for an event that is not an HTTP request).
 */
public final class InvokeOnce {

    static final int WARM_REQUESTS = 20;

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
        String run = Long.toHexString(System.nanoTime());
        // each request is made, and handed over as the runtime would, before the clock starts: the
        // benchmark's work and the runtime's conversion are not the function's
        Request firstRequest = prepare(handler, fresh(event, run + "r0"));
        Marks.FirstRequest.mark();
        started = System.nanoTime();
        int status = firstRequest.serve();
        double first = millisSince(started);
        double warm = 0;
        if (primed) {
            Marks.WarmRequests.mark();
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < WARM_REQUESTS; i++) {
                Request request = prepare(handler, fresh(event, run + "r" + (i + 1)));
                started = System.nanoTime();
                request.serve();
                times.add(millisSince(started));
            }
            warm = times.stream().sorted().toList().get(WARM_REQUESTS / 2);
        }
        System.err.printf("cold-start init=%.1f prime=%.1f first=%.1f warm=%.1f status=%d%n", init, prime, first, warm, status);
    }

    /**
     * Empty classes loaded at the boundaries of the phases: in a class-loading log
     * ({@code --trace-classes}) they mark which classes each phase loaded.
     */
    static final class Marks {
        private Marks() {
        }

        static final class FirstRequest {
            static void mark() {
            }
        }

        static final class WarmRequests {
            static void mark() {
            }
        }
    }

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("(\"idempotency-key\"\\s*:\\s*\"[^\"]+)\"");
    private static final Pattern ADDRESS = Pattern.compile("([A-Za-z0-9._%-]+)@([A-Za-z0-9-]+\\.)");

    /**
     * The event as a new request: every run and request gets its own idempotency key and its own
     * addresses ({@code gone@example.org} becomes {@code gone.<tag>@example.org}; not the caller's), so that a
     * submission is a new application and a bounce a new suppression, never the replay of an
     * earlier round's request (whose stored answer would make the request look cheaper than it is).
     */
    static byte[] fresh(byte[] event, String tag) {
        String text = new String(event, StandardCharsets.UTF_8);
        text = IDEMPOTENCY_KEY.matcher(text).replaceAll("$1-" + tag + "\"");
        // the caller (the token's claims, a flat object) stays who they are: a participant reads their own match
        int claims = text.indexOf("\"claims\"");
        if (claims < 0) {
            return newAddresses(text, tag).getBytes(StandardCharsets.UTF_8);
        }
        int claimsEnd = text.indexOf('}', claims);
        return (newAddresses(text.substring(0, claims), tag) + text.substring(claims, claimsEnd)
                + newAddresses(text.substring(claimsEnd), tag)).getBytes(StandardCharsets.UTF_8);
    }

    private static String newAddresses(String text, String tag) {
        return ADDRESS.matcher(text).replaceAll("$1." + tag + "@$2");
    }

    static double millisSince(long started) {
        return (System.nanoTime() - started) / 1e6;
    }

    /** One request, handed over: serving it answers the HTTP status, or 0 for a function not called over HTTP. */
    interface Request {
        int serve() throws Exception;
    }

    @SuppressWarnings("unchecked")
    static Request prepare(Object handler, byte[] event) throws IOException {
        if (handler instanceof RequestStreamHandler stream) {
            return () -> {
                stream.handleRequest(new ByteArrayInputStream(event), new ByteArrayOutputStream(), null);
                return 0;
            };
        }
        var http = (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>) handler;
        APIGatewayV2HTTPEvent request = httpEvent(example.mentoring.json.Json.parse(new String(event, StandardCharsets.UTF_8)));
        return () -> {
            APIGatewayV2HTTPResponse response = http.handleRequest(request, null);
            if (response.getStatusCode() >= 500) {
                throw new IllegalStateException("the function answered " + response.getStatusCode());
            }
            return response.getStatusCode();
        };
    }

    /**
     * The event as the Lambda runtime hands it over, built from its JSON (read with the function's
     * own {@code Json}, before the clock starts): the runtime's own deserialisation is not the
     * function's work, and databind's bean reflection would add a cost here that no deployed
     * function pays.
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
