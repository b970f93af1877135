package example.mentoring.priming;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A synthetic HTTP API (payload 2.0) event for priming: a route key with its path parameters,
 * query, body and, for authenticated routes, the claims of a caller whose address is in the
 * reserved {@code .invalid} domain, so that it can own nothing and receive nothing.
 */
public final class PrimingRequest {

    /** Who primes: a coordinator (or participant) that exists nowhere. */
    public static final String CALLER = "priming@example.invalid";
    /** An identifier that names nothing, of the shape of a cohort id, a post's slug, an outbox entry's id. */
    public static final String NO_SUCH_ID = "priming-0";
    /** A ULID that names nothing (all zeros: 1970, no randomness), for applications, runs and check-ins. */
    public static final String NO_SUCH_ULID = "00000000000000000000000000";
    /** A match id that names nothing: "m" and 24 zeros. */
    public static final String NO_SUCH_MATCH = "m000000000000000000000000";

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    private final String routeKey;
    private final Map<String, String> pathParameters = new HashMap<>();
    private final Map<String, String> query = new HashMap<>();
    private final Map<String, String> claims = new HashMap<>();
    private final Map<String, String> headers = new HashMap<>();
    private String body;

    private PrimingRequest(String routeKey) {
        this.routeKey = routeKey;
    }

    /**
     * {@code "GET /cohorts/{cohortId}"}: every path parameter is an id that names nothing unless set,
     * of its parameter's shape ({@link #noSuchId}), so that the request gets past the shape check to
     * the store.
     */
    public static PrimingRequest of(String routeKey) {
        PrimingRequest request = new PrimingRequest(routeKey);
        Matcher names = PARAMETER.matcher(routeKey);
        while (names.find()) {
            request.pathParameters.put(names.group(1), noSuchId(names.group(1)));
        }
        return request;
    }

    /** An id of the shape that {@code http.PathIds} gives the path parameter, naming nothing. */
    private static String noSuchId(String parameter) {
        return switch (parameter) {
            case "applicationId", "runId", "checkInId" -> NO_SUCH_ULID;
            case "matchId" -> NO_SUCH_MATCH;
            case "email" -> CALLER;
            default -> NO_SUCH_ID;
        };
    }

    public String routeKey() {
        return routeKey;
    }

    public PrimingRequest path(String name, String value) {
        pathParameters.put(name, value);
        return this;
    }

    public PrimingRequest query(String name, String value) {
        query.put(name, value);
        return this;
    }

    public PrimingRequest header(String name, String value) {
        headers.put(name.toLowerCase(java.util.Locale.ROOT), value);
        return this;
    }

    public PrimingRequest body(String json) {
        this.body = json;
        headers.put("content-type", "application/json");
        return this;
    }

    public PrimingRequest asCoordinator() {
        return signedIn("[coordinators]");
    }

    public PrimingRequest asParticipant() {
        return signedIn("[]");
    }

    private PrimingRequest signedIn(String groups) {
        claims.put("email", CALLER);
        claims.put("email_verified", "true");
        claims.put("cognito:groups", groups);
        return this;
    }

    public APIGatewayV2HTTPEvent event() {
        String method = routeKey.substring(0, routeKey.indexOf(' '));
        String path = routeKey.substring(routeKey.indexOf(' ') + 1);
        for (Map.Entry<String, String> parameter : pathParameters.entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        var context = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withRequestId("priming")
                .withRouteKey(routeKey)
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                        .withMethod(method).withPath(path).withProtocol("HTTP/1.1").withSourceIp("127.0.0.1").build());
        if (!claims.isEmpty()) {
            context.withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                    .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                            .withClaims(Map.copyOf(claims)).build())
                    .build());
        }
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(routeKey)
                .withRawPath(path)
                .withRawQueryString("")
                .withHeaders(Map.copyOf(headers))
                .withQueryStringParameters(query.isEmpty() ? null : Map.copyOf(query))
                .withPathParameters(pathParameters.isEmpty() ? null : Map.copyOf(pathParameters))
                .withBody(body)
                .withIsBase64Encoded(false)
                .withRequestContext(context.build())
                .build();
    }
}
