package example.mentoring.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import example.mentoring.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP answer in the shape the HTTP API (payload 2.0) expects back from a function. */
public record ApiResponse(int status, Map<String, String> headers, String body) {

    public ApiResponse {
        headers = Map.copyOf(headers);
    }

    public static ApiResponse json(int status, Object body) {
        return new ApiResponse(status, Map.of("content-type", "application/json"), Json.write(body));
    }

    public static ApiResponse ok(Object body) {
        return json(200, body);
    }

    public static ApiResponse created(Object body) {
        return json(201, body);
    }

    public static ApiResponse noContent() {
        return new ApiResponse(204, Map.of(), "");
    }

    public ApiResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name.toLowerCase(java.util.Locale.ROOT), value);
        return new ApiResponse(status, copy, body);
    }

    public APIGatewayV2HTTPResponse toEvent() {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status)
                .withHeaders(headers)
                .withBody(body)
                .withIsBase64Encoded(false)
                .build();
    }
}
