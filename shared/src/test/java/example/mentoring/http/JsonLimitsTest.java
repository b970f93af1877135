package example.mentoring.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import example.mentoring.json.Json;
import example.mentoring.outcome.Refusal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Bodies past the parser's limits are the caller's error, never ours")
class JsonLimitsTest {

    @Test
    @DisplayName("200-deep nesting is a 400, not a 500")
    void deepNesting() {
        String body = "[".repeat(200) + "]".repeat(200);
        assertEquals(400, Problems.of(assertThrows(Refusal.class, () -> Json.parseBody(body))).status());
        String objects = "{\"a\":".repeat(200) + "1" + "}".repeat(200);
        assertEquals(400, Problems.of(assertThrows(Refusal.class, () -> Json.parseBody(objects))).status());
    }

    @Test
    @DisplayName("a 1 001-digit number is a 400, not a 500")
    void longNumber() {
        String body = "{\"yearsExperience\": " + "9".repeat(1001) + "}";
        assertEquals(400, Problems.of(assertThrows(Refusal.class, () -> Json.parseBody(body))).status());
    }

    @Test
    @DisplayName("a huge or fractional number where a whole number is expected is a 422 on that field")
    void hugeNumberForAnInt() {
        for (String number : List.of("9".repeat(999), "1e400", "-1e400", "1e-400", "2147483648", "3.5", "1E+2147483647")) {
            JsonFields fields = JsonFields.of(Json.parseBody("{\"n\": " + number + "}"));
            fields.requiredInt("n", 1, 100);
            Problem problem = Problems.of(assertThrows(Refusal.class, fields::validate, number));
            assertEquals(422, problem.status());
            assertEquals("/n", problem.errors().get(0).field());
        }
    }
}
