package example.mentoring.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import example.mentoring.outcome.Invalid;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CSV is asked for with ?format=csv or Accept, and answered only when it fits one response")
class CsvNegotiationTest {

    static ApiRequest request(Map<String, String> query, String accept) {
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setQueryStringParameters(query);
        Map<String, String> headers = new HashMap<>();
        if (accept != null) {
            headers.put("Accept", accept);
        }
        event.setHeaders(headers);
        return new ApiRequest(event);
    }

    @Test
    @DisplayName("?format= decides first; else the first acceptable of text/csv and application/json")
    void negotiation() {
        assertTrue(request(Map.of("format", "csv"), "application/json").wantsCsv());
        assertFalse(request(Map.of("format", "json"), "text/csv").wantsCsv());
        assertTrue(request(Map.of(), "text/csv").wantsCsv());
        assertTrue(request(Map.of(), "text/html, text/csv;q=0.9, application/json;q=0.5").wantsCsv());
        assertFalse(request(Map.of(), "application/json, text/csv").wantsCsv());
        assertFalse(request(Map.of(), "text/csv;q=0, application/json").wantsCsv());
        assertFalse(request(Map.of(), null).wantsCsv());
        Invalid refused = assertThrows(Invalid.class, () -> request(Map.of("format", "xlsx"), null).wantsCsv());
        assertEquals("format", refused.errors().get(0).field());
    }

    @Test
    @DisplayName("an attachment when it fits; 409 export-too-large when it would not fit Lambda's 6 MB response")
    void size() {
        ApiResponse small = ApiResponse.csv("fall-2027-applications.csv", "\uFEFFa\r\n", "narrow it.");
        assertEquals("attachment; filename=\"fall-2027-applications.csv\"", small.headers().get("content-disposition"));
        // quotes are escaped in the event's JSON: 3.5 M of them count as 7 MB
        String quotes = "\"".repeat(3_500_000);
        ExportTooLarge tooLarge = assertThrows(ExportTooLarge.class, () -> ApiResponse.csv("x.csv", quotes, "narrow it."));
        assertEquals(409, Problems.toResponse(tooLarge).status());
        assertEquals("export-too-large", tooLarge.code());
        assertTrue(tooLarge.detail().contains("6.7 MB"), tooLarge.detail());
    }
}
