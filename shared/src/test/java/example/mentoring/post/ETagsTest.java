package example.mentoring.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ETags for public post reads")
class ETagsTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("the same body always gets the same quoted, URL-safe tag")
    void stableAndQuoted() {
        String tag = ETags.strong(bytes("<p>post</p>"));
        assertEquals(tag, ETags.strong(bytes("<p>post</p>")));
        assertTrue(tag.matches("\"[A-Za-z0-9_-]{43}\""), tag);
    }

    @Test
    @DisplayName("the SHA-256 of the empty body gives the known tag")
    void knownValue() {
        assertEquals("\"47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU\"", ETags.strong(new byte[0]));
    }

    @Test
    @DisplayName("an edited post gets a different tag")
    void changes() {
        assertNotEquals(ETags.strong(bytes("v1")), ETags.strong(bytes("v2")));
    }

    @Test
    @DisplayName("If-None-Match matches the tag itself, a list containing it, its weak form and *")
    void ifNoneMatch() {
        String tag = ETags.strong(bytes("body"));
        assertTrue(ETags.matchesIfNoneMatch(tag, tag));
        assertTrue(ETags.matchesIfNoneMatch("\"other\", " + tag, tag));
        assertTrue(ETags.matchesIfNoneMatch("W/" + tag, tag));
        assertTrue(ETags.matchesIfNoneMatch("*", tag));
        assertFalse(ETags.matchesIfNoneMatch("\"other\"", tag));
        assertFalse(ETags.matchesIfNoneMatch(null, tag));
    }
}
