package example.mentoring.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import example.mentoring.outcome.Refusal;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A path id of the wrong shape names nothing: 404 before any store is asked")
class PathIdsTest {

    private static String parameter(String name, String value) {
        return new ApiRequest(APIGatewayV2HTTPEvent.builder().withPathParameters(Map.of(name, value)).build())
                .pathParameter(name);
    }

    private static void assertNotFound(String name, String value) {
        assertEquals(404, Problems.of(assertThrows(Refusal.class, () -> parameter(name, value), name + "=" + value)).status());
    }

    @Test
    @DisplayName("ids as this API makes them pass")
    void genuine() {
        Map.of("cohortId", "fall-2027", "applicationId", "01JDQ4Z5N1R2S3T4V5W6X7Y8Z9", "runId", "01JDR7K2M3N4P5Q6R7S8T9V0W1",
                "matchId", "m3f1c2d4e5a6b7c8d9e0f1a2b", "post", "p01jdr9k2m3n4p5q6r7s8t9v0w1",
                "notificationId", "intro-m3f1c2d4e5a6b7c8d9e0f1a2b-mentor")
                .forEach((name, value) -> assertEquals(value, parameter(name, value)));
        assertEquals("become-a-mentor-fall-2027", parameter("post", "become-a-mentor-fall-2027"));
    }

    @Test
    @DisplayName("a 3 000-byte id is a 404 for every kind of id")
    void tooLong() {
        for (String name : PathIds.SHAPES.keySet()) {
            assertNotFound(name, "a".repeat(3000));
        }
    }

    @Test
    @DisplayName("a run id with a chunk suffix (#0000) is a 404, not a read of the chunk")
    void chunkKey() {
        assertNotFound("runId", "01JDR7K2M3N4P5Q6R7S8T9V0W1#0000");
    }

    @Test
    @DisplayName("markup, line breaks, other scripts and empty values are 404s")
    void hostile() {
        for (String name : PathIds.SHAPES.keySet()) {
            for (String value : new String[] {"", " ", "<script>", "a\r\nb", "fall 2027", "\uD83D\uDE00", "../x", "x#1"}) {
                assertNotFound(name, value);
            }
        }
    }
}
