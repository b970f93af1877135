package example.mentoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Prism's sl-violations header: what fails a test and what does not")
class PrismViolationsTest {

    // as Prism 5.16.0 answered, in proxy mode over openapi.yaml, a GET /cohorts whose upstream sent an octet-stream
    private static final String WRONG_ANSWER = "[{\"location\":[\"response\"],\"severity\":\"Error\",\"message\":"
            + "\"The received media type \\\"application/octet-stream\\\" does not match the one specified in the current response: application/json\"},"
            + "{\"location\":[\"response\",\"body\"],\"severity\":\"Error\",\"code\":\"type\",\"message\":\"Response body must be object\"}]";
    private static final String NO_TOKEN = "[{\"location\":[\"request\"],\"severity\":\"Error\",\"message\":\"Invalid security scheme used\"}]";
    private static final String NO_ROUTE = "[{\"location\":[\"request\"],\"severity\":\"Warning\",\"message\":\"Selected route not found\"}]";

    @Test
    @DisplayName("every violation located in the response counts, whatever its severity")
    void responseViolations() {
        List<String> found = Prism.inResponse(WRONG_ANSWER);
        assertEquals(2, found.size());
        assertTrue(found.get(1).contains("Response body must be object"));
        assertEquals(1, Prism.inResponse("[{\"location\":[\"response\",\"headers\"],\"severity\":\"Warning\",\"message\":\"x\"}]").size());
        assertEquals(1, Prism.inResponse("Too many violations! [{\"location\":").size(), "a list Prism cut short fails too");
    }

    @Test
    @DisplayName("findings about the request (no token, a route outside the contract) are not the answer's")
    void requestFindings() {
        assertEquals(List.of(), Prism.inResponse(NO_TOKEN));
        assertEquals(List.of(), Prism.inResponse(NO_ROUTE));
        assertTrue(Prism.outsideContract(NO_ROUTE));
        assertFalse(Prism.outsideContract(NO_TOKEN));
        assertFalse(Prism.outsideContract(WRONG_ANSWER));
    }
}
