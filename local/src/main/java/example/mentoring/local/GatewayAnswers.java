package example.mentoring.local;

import example.mentoring.http.ApiResponse;
import java.util.Map;

/**
 * What API Gateway itself answers before any function runs, byte for byte as an HTTP API does, so
 * that a client written against the local host behaves the same deployed: the JWT authorizer's
 * 401 and the 404 for a route (or method) the API does not have.
 */
final class GatewayAnswers {

    private static final String JSON = "application/json";

    private GatewayAnswers() {
    }

    /** The JWT authorizer's refusal: no token ({@code Bearer}), or one it could not verify. */
    static ApiResponse unauthorized(boolean tokenSent) {
        String challenge = tokenSent
                ? "Bearer scope=\"\" error=\"invalid_token\" error_description=\"the token could not be verified\""
                : "Bearer";
        return new ApiResponse(401, Map.of("content-type", JSON, "www-authenticate", challenge),
                "{\"message\":\"Unauthorized\"}");
    }

    static ApiResponse notFound() {
        return new ApiResponse(404, Map.of("content-type", JSON), "{\"message\":\"Not Found\"}");
    }
}
