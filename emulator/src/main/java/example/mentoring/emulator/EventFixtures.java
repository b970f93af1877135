package example.mentoring.emulator;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The sample events of events/ (the same files {@code sam local invoke -e} takes), loaded for
 * tests, with the parts a test varies replaced: body, caller, path parameters.
 */
public final class EventFixtures {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private EventFixtures() {
    }

    public static Path file(String name) {
        return ProjectRoot.find().resolve("events").resolve(name);
    }

    public static String json(String name) {
        try {
            return Files.readString(file(name));
        } catch (IOException e) {
            throw new IllegalStateException("No event fixture " + name, e);
        }
    }

    public static APIGatewayV2HTTPEvent http(String name) {
        try {
            APIGatewayV2HTTPEvent event = MAPPER.readValue(file(name).toFile(), APIGatewayV2HTTPEvent.class);
            event.getRequestContext().setRequestId(UUID.randomUUID().toString());
            return event;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read event fixture " + name, e);
        }
    }

    public static APIGatewayV2HTTPEvent withBody(APIGatewayV2HTTPEvent event, String body) {
        event.setBody(body);
        return event;
    }

    /**
     * The caller as the JWT authorizer would describe an invited user (email verified); {@code null}
     * email means no token.
     */
    public static APIGatewayV2HTTPEvent as(APIGatewayV2HTTPEvent event, String email, String... groups) {
        if (email == null) {
            event.getRequestContext().setAuthorizer(null);
            event.getHeaders().remove("authorization");
            return event;
        }
        Map<String, String> claims = new LinkedHashMap<>();
        claims.put("email", email);
        claims.put("email_verified", "true");
        claims.put("cognito:groups", "[" + String.join(" ", groups) + "]");
        var jwt = APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder().withClaims(claims).build();
        event.getRequestContext().setAuthorizer(
                APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder().withJwt(jwt).build());
        return event;
    }

    public static APIGatewayV2HTTPEvent withPathParameter(APIGatewayV2HTTPEvent event, String name, String value) {
        Map<String, String> parameters = event.getPathParameters() == null
                ? new LinkedHashMap<>() : new LinkedHashMap<>(event.getPathParameters());
        parameters.put(name, value);
        event.setPathParameters(parameters);
        return event;
    }

    public static APIGatewayV2HTTPEvent withQuery(APIGatewayV2HTTPEvent event, Map<String, String> query) {
        event.setQueryStringParameters(query);
        return event;
    }
}
