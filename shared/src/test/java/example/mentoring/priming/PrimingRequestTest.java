package example.mentoring.priming;

import static org.junit.jupiter.api.Assertions.assertTrue;

import example.mentoring.http.PathIds;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Priming requests")
class PrimingRequestTest {

    @Test
    @DisplayName("carry, for every path parameter, an id of its shape: priming gets past the shape check to the store")
    void pathIdsHaveTheirShape() {
        for (String parameter : PathIds.SHAPES.keySet()) {
            String value = PrimingRequest.of("GET /things/{" + parameter + "}").event().getPathParameters().get(parameter);
            assertTrue(PathIds.shape(parameter).orElseThrow().admits(value), parameter + ": " + value);
        }
    }
}
