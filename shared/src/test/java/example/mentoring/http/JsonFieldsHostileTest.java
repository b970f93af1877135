package example.mentoring.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import example.mentoring.json.Json;
import example.mentoring.outcome.Refusal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Field values the stores and date arithmetic cannot take are 422s on their field (found by HostileInputIT)")
class JsonFieldsHostileTest {

    private static Problem refused(String body, java.util.function.Consumer<JsonFields> read) {
        JsonFields fields = JsonFields.of(Json.parseBody(body));
        read.accept(fields);
        return Problems.of(assertThrows(Refusal.class, fields::validate, body));
    }

    @Test
    @DisplayName("a lone surrogate (\\ud800 escape) in a text field is a 422, not a store's failure")
    void loneSurrogate() {
        for (String text : List.of("\\ud800x", "x\\udc00", "\\udc00\\ud800")) {
            Problem problem = refused("{\"authorName\": \"" + text + "\"}", f -> f.requiredString("authorName", 1, 80));
            assertEquals(422, problem.status());
            assertEquals("/authorName", problem.errors().get(0).field());
        }
        JsonFields paired = JsonFields.of(Json.parseBody("{\"name\": \"\\ud83d\\ude00 ok\"}"));
        assertEquals("\uD83D\uDE00 ok", paired.requiredString("name", 1, 80));
        paired.validate();
    }

    @Test
    @DisplayName("dates and instants beyond four-digit years are 422s (they overflowed plusDays and toEpochMilli)")
    void hugeYears() {
        for (String date : List.of("+999999999-12-31", "-999999999-01-01", "+10000-01-01", "0000-01-01")) {
            Problem problem = refused("{\"programStart\": \"" + date + "\"}", f -> f.requiredDate("programStart"));
            assertEquals("/programStart", problem.errors().get(0).field());
        }
        for (String instant : List.of("+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z")) {
            Problem problem = refused("{\"opensAt\": \"" + instant + "\"}", f -> f.requiredInstant("opensAt"));
            assertEquals("/opensAt", problem.errors().get(0).field());
        }
        JsonFields fine = JsonFields.of(Json.parseBody("{\"d\": \"9999-12-31\"}"));
        assertEquals(LocalDate.parse("9999-12-31"), fine.requiredDate("d"));
        fine.validate();
    }
}
