package example.mentoring.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import example.mentoring.emulator.StackTemplate;
import example.mentoring.http.ApiResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the template's HTTP API routes as API Gateway would: matches the route, runs the JWT
 * authorizer where the route has one, builds the payload 2.0 event and turns the function's
 * answer back into HTTP.
 */
final class HttpBridge {

    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    record BoundRoute(String functionId, StackTemplate.Route route, Pattern pattern, List<String> names, int literals) {
    }

    private final List<BoundRoute> routes = new ArrayList<>();
    private final LocalFunctions functions;
    private final LocalTokens tokens;
    private final Clock clock;

    HttpBridge(StackTemplate template, LocalFunctions functions, LocalTokens tokens, Clock clock) {
        this.functions = functions;
        this.tokens = tokens;
        this.clock = clock;
        for (StackTemplate.Function function : template.functions()) {
            for (StackTemplate.Route route : function.routes()) {
                routes.add(bind(function.logicalId(), route));
            }
        }
        // API Gateway prefers the most specific route: more literal segments first.
        routes.sort(Comparator.comparingInt(BoundRoute::literals).reversed());
    }

    private static BoundRoute bind(String functionId, StackTemplate.Route route) {
        List<String> names = new ArrayList<>();
        StringBuilder regex = new StringBuilder("^");
        int literals = 0;
        for (String segment : route.path().substring(1).split("/")) {
            regex.append('/');
            if (segment.startsWith("{") && segment.endsWith("+}")) {
                names.add(segment.substring(1, segment.length() - 2));
                regex.append("(.+)");
            } else if (segment.startsWith("{")) {
                names.add(segment.substring(1, segment.length() - 1));
                regex.append("([^/]+)");
            } else {
                literals++;
                regex.append(Pattern.quote(segment));
            }
        }
        return new BoundRoute(functionId, route, Pattern.compile(regex.append("$").toString()), names, literals);
    }

    ApiResponse serve(HttpExchange exchange, byte[] body) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getRawPath();
        for (BoundRoute bound : routes) {
            Matcher matcher = bound.pattern().matcher(path);
            if (!bound.route().method().equals(method) || !matcher.matches()) {
                continue;
            }
            Map<String, String> claims = null;
            if (bound.route().authorized()) {
                String authorization = exchange.getRequestHeaders().getFirst("Authorization");
                Optional<Map<String, String>> verified = tokens.verify(authorization);
                if (verified.isEmpty()) {
                    return GatewayAnswers.unauthorized(authorization != null);
                }
                claims = verified.get();
            }
            Map<String, String> pathParameters = new LinkedHashMap<>();
            for (int i = 0; i < bound.names().size(); i++) {
                pathParameters.put(bound.names().get(i), URLDecoder.decode(matcher.group(i + 1), StandardCharsets.UTF_8));
            }
            APIGatewayV2HTTPEvent event = event(exchange, body, bound.route(), pathParameters, claims, clock.instant());
            APIGatewayV2HTTPResponse response = functions.invokeHttp(bound.functionId(), event);
            return fromFunction(response);
        }
        // HTTP API answers an unmatched route the same whether or not the path exists for another method.
        return GatewayAnswers.notFound();
    }

    private static APIGatewayV2HTTPEvent event(HttpExchange exchange, byte[] body, StackTemplate.Route route,
                                               Map<String, String> pathParameters, Map<String, String> claims,
                                               Instant now) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        String rawQuery = exchange.getRequestURI().getRawQuery();
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                String[] kv = pair.split("=", 2);
                String name = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
                String value = kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
                query.merge(name, value, (a, b) -> a + "," + b);
            }
        }
        var http = APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                .withMethod(route.method())
                .withPath(exchange.getRequestURI().getRawPath())
                .withProtocol(exchange.getProtocol())
                .withSourceIp(exchange.getRemoteAddress().getAddress().getHostAddress())
                .withUserAgent(headers.getOrDefault("user-agent", ""))
                .build();
        var context = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withAccountId(StackTemplate.ACCOUNT)
                .withApiId("local")
                .withDomainName("localhost")
                .withDomainPrefix("localhost")
                .withRequestId(UUID.randomUUID().toString())
                .withRouteKey(route.routeKey())
                .withStage("$default")
                .withTime(REQUEST_TIME.format(now))
                .withTimeEpoch(now.toEpochMilli())
                .withHttp(http);
        if (claims != null) {
            context.withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                    .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                            .withClaims(claims).withScopes(List.of()).build())
                    .build());
        }
        boolean text = isText(headers.get("content-type"));
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(route.routeKey())
                .withRawPath(exchange.getRequestURI().getRawPath())
                .withRawQueryString(rawQuery == null ? "" : rawQuery)
                .withHeaders(headers)
                .withQueryStringParameters(query.isEmpty() ? null : query)
                .withPathParameters(pathParameters.isEmpty() ? null : pathParameters)
                .withRequestContext(context.build())
                .withBody(body.length == 0 ? null : text ? new String(body, StandardCharsets.UTF_8)
                        : Base64.getEncoder().encodeToString(body))
                .withIsBase64Encoded(body.length > 0 && !text)
                .build();
    }

    private static boolean isText(String contentType) {
        if (contentType == null) {
            return true;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("json") || type.contains("xml")
                || type.contains("x-www-form-urlencoded");
    }

    private static ApiResponse fromFunction(APIGatewayV2HTTPResponse response) {
        String body = response.getBody() == null ? "" : response.getBody();
        if (response.getIsBase64Encoded()) {
            body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        }
        return new ApiResponse(response.getStatusCode(),
                response.getHeaders() == null ? Map.of() : response.getHeaders(), body);
    }
}
