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
    /** An identifier that names nothing (valid in shape for every kind of id). */
    public static final String NO_SUCH_ID = "priming-0";

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    private final String routeKey;
    private final Map<String, String> pathParameters = new HashMap<>();
    private final Map<String, String> query = new HashMap<>();
    private final Map<String, String> claims = new HashMap<>();
    private String body;

    private PrimingRequest(String routeKey) {
        this.routeKey = routeKey;
    }

    /** {@code "GET /cohorts/{cohortId}"}: every path parameter is {@link #NO_SUCH_ID} unless set. */
    public static PrimingRequest of(String routeKey) {
        PrimingRequest request = new PrimingRequest(routeKey);
        Matcher names = PARAMETER.matcher(routeKey);
        while (names.find()) {
            request.pathParameters.put(names.group(1), NO_SUCH_ID);
        }
        return request;
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

    public PrimingRequest body(String json) {
        this.body = json;
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
                .withHeaders(body == null ? Map.of() : Map.of("content-type", "application/json"))
                .withQueryStringParameters(query.isEmpty() ? null : Map.copyOf(query))
                .withPathParameters(pathParameters.isEmpty() ? null : Map.copyOf(pathParameters))
                .withBody(body)
                .withIsBase64Encoded(false)
                .withRequestContext(context.build())
                .build();
    }
}
