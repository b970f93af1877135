package example.mentoring.http;

import example.mentoring.paging.Page;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.access.Principal;
import example.mentoring.json.Json;
import example.mentoring.outcome.Invalid;
import example.mentoring.outcome.Malformed;
import example.mentoring.outcome.NotFound;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A thin, null-safe view of an HTTP API (payload 2.0) event. */
public final class ApiRequest {

    public static final int MAX_BODY_BYTES = 64 * 1024;

    private final APIGatewayV2HTTPEvent event;

    public ApiRequest(APIGatewayV2HTTPEvent event) {
        this.event = event;
    }

    /** {@code "POST /cohorts/{cohortId}/close"}: the template's route that matched. */
    public String routeKey() {
        return event.getRouteKey() == null ? "" : event.getRouteKey();
    }

    /** The request's path as sent, e.g. {@code /cohorts/fall-2027/close}. */
    public String path() {
        return event.getRawPath() == null ? "" : event.getRawPath();
    }

    public String requestId() {
        var context = event.getRequestContext();
        return context == null || context.getRequestId() == null ? "-" : context.getRequestId();
    }

    /**
     * A path parameter, checked against its {@link PathIds} shape first: a value that cannot be an id
     * of its kind (too long, a chunk key's {@code #0000}, ...) names nothing, so it is a 404 before
     * any store is asked.
     */
    public String pathParameter(String name) {
        Map<String, String> parameters = event.getPathParameters();
        String value = parameters == null ? null : parameters.get(name);
        PathIds.Shape shape = PathIds.shape(name)
                .orElseThrow(() -> new IllegalStateException("No PathIds shape for path parameter " + name));
        if (!shape.admits(value)) {
            throw new NotFound("No such resource.");
        }
        return value;
    }

    /** Every path parameter as sent (unchecked: {@link #pathParameter} checks one before use). */
    public Map<String, String> pathParameters() {
        Map<String, String> parameters = event.getPathParameters();
        return parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    /** Every query parameter (the last value of a repeated one, as API Gateway joins them). */
    public Map<String, String> queryParameters() {
        Map<String, String> query = event.getQueryStringParameters();
        return query == null ? Map.of() : Map.copyOf(query);
    }

    public Optional<String> query(String name) {
        Map<String, String> query = event.getQueryStringParameters();
        return Optional.ofNullable(query == null ? null : query.get(name));
    }

    public Optional<String> header(String name) {
        Map<String, String> headers = event.getHeaders();
        if (headers == null) {
            return Optional.empty();
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        return headers.entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(wanted))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    public String rawBody() {
        String body = event.getBody();
        if (body == null) {
            return "";
        }
        String text = event.getIsBase64Encoded()
                ? new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8) : body;
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
            throw new Malformed("The body is larger than 64 KiB.");
        }
        return text;
    }

    /** The body as JSON; an empty body reads as {@code {}} where every field is optional. */
    public JsonNode jsonBody(boolean emptyAllowed) {
        String text = rawBody();
        if (text.isBlank() && emptyAllowed) {
            return Json.object();
        }
        return Json.parseBody(text);
    }

    public Principal caller() {
        var context = event.getRequestContext();
        if (context == null || context.getAuthorizer() == null || context.getAuthorizer().getJwt() == null) {
            return Principal.ANONYMOUS;
        }
        Map<String, String> claims = context.getAuthorizer().getJwt().getClaims();
        if (claims == null) {
            return Principal.ANONYMOUS;
        }
        return Caller.of(Optional.ofNullable(claims.get("email")),
                Caller.parseEmailVerified(claims.get("email_verified")),
                Caller.parseGroups(claims.get("cognito:groups")));
    }

    /**
     * Whether the caller asked for CSV rather than JSON: {@code ?format=csv} (or {@code json}), else
     * an {@code Accept} header whose first acceptable one of {@code text/csv} and
     * {@code application/json} is CSV.
     */
    public boolean wantsCsv() {
        Optional<String> format = query("format").filter(f -> !f.isBlank());
        if (format.isPresent()) {
            return switch (format.get()) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw Invalid.field("format", "must be csv or json");
            };
        }
        for (String range : header("accept").orElse("").toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].strip();
            boolean refused = java.util.Arrays.stream(parts).skip(1).map(String::strip)
                    .anyMatch(p -> p.matches("q=0(\\.0{0,3})?"));
            if (!refused && (type.equals("text/csv") || type.equals("application/json"))) {
                return type.equals("text/csv");
            }
        }
        return false;
    }

    public Page.Request page() {
        return Page.Request.from(query("limit"), query("nextToken"));
    }
}
