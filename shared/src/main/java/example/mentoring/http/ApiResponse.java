package example.mentoring.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import example.mentoring.json.Json;
import example.mentoring.link.LinkPage;
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

    /**
     * What a function may answer synchronously (Lambda's 6 MB response payload, the event's JSON
     * envelope and escaping included), less room for the headers.
     */
    static final int MAX_EVENT_BODY_BYTES = 6 * 1024 * 1024 - 16 * 1024;

    /**
     * A CSV download: {@code body} starts with its byte order mark, {@code filename} is a slug.
     * A body that would not fit one response is refused with 409 {@code export-too-large} rather
     * than failing as a 502 at the gateway (README: "Coordinators' reports" has the measurement).
     */
    public static ApiResponse csv(String filename, String body, String narrower) {
        int escaped = Json.write(body).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (escaped > MAX_EVENT_BODY_BYTES) {
            throw new ExportTooLarge(String.format(java.util.Locale.ROOT,
                    "The export is %.1f MB, more than one response carries (6 MB); %s", escaped / 1048576.0, narrower));
        }
        return new ApiResponse(200, Map.of("content-type", "text/csv; charset=utf-8; header=present",
                "content-disposition", "attachment; filename=\"" + filename + "\""), body);
    }

    /** How a signed link's page is answered: never cached, no referrer (the URL holds a token), never framed. */
    static final Map<String, String> LINK_PAGE_HEADERS = Map.of(
            "content-type", "text/html; charset=utf-8",
            "cache-control", "no-store",
            "referrer-policy", "no-referrer",
            "content-security-policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'");

    /** A signed link's page: 200, or 400 when the link does not work. */
    public static ApiResponse linkPage(LinkPage page) {
        return new ApiResponse(page.works() ? 200 : 400, LINK_PAGE_HEADERS, page.html());
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
