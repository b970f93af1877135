package example.mentoring.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import example.mentoring.outcome.Invalid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Lists come in pages")
class PageTest {

    @Test
    @DisplayName("reading a whole list asks for whole pages (not a hundred items at a time) and follows the tokens")
    void wholeLists() {
        List<Page.Request> asked = new ArrayList<>();
        List<Integer> all = Page.all(request -> {
            asked.add(request);
            return asked.size() < 3 ? new Page<>(List.of(asked.size()), "token-" + asked.size()) : new Page<>(List.of(3), null);
        });
        assertEquals(List.of(1, 2, 3), all);
        assertEquals(3, asked.size());
        asked.forEach(request -> assertFalse(request.limited()));
        assertEquals(Optional.of("token-2"), asked.get(2).nextToken());
    }

    @Test
    @DisplayName("?limit= is 1 to 100, 50 when absent")
    void limits() {
        assertEquals(50, Page.Request.from(Optional.empty(), Optional.empty()).limit());
        assertEquals(100, Page.Request.from(Optional.of("100"), Optional.empty()).limit());
        for (String bad : List.of("0", "101", "ten", "-1")) {
            Invalid invalid = assertThrows(Invalid.class, () -> Page.Request.from(Optional.of(bad), Optional.empty()));
            assertEquals("limit", invalid.errors().getFirst().field());
        }
    }
}
