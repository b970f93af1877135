package example.mentoring.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Slugs for post URLs")
class SlugsTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Welcome to the Fall 2026 cohort!   | welcome-to-the-fall-2026-cohort",
            "Crème brûlée & café                 | creme-brulee-cafe",
            "Straße in Ærøskøbing                | strasse-in-aeroskobing",
            "Œuvre of Łódź and Đakovo            | oeuvre-of-lodz-and-dakovo",
            "  --Hello---World--                 | hello-world",
            "Ｆｕｌｌｗｉｄｔｈ １２３           | fullwidth-123",
            "日本語                               | post",
            "'!!!'                               | post",
    })
    @DisplayName("a title becomes an ASCII, lower-case, dash-separated slug")
    void slugify(String title, String expected) {
        assertEquals(expected, Slugs.slugify(title));
    }

    @Test
    @DisplayName("a missing or empty title gives 'post'")
    void emptyTitle() {
        assertEquals("post", Slugs.slugify(null));
        assertEquals("post", Slugs.slugify(""));
    }

    @Test
    @DisplayName("a long title is cut to 80 characters at a word boundary")
    void longTitleCutAtDash() {
        String title = "How our mentors and mentees planned their first meetings across eleven time zones in one week";
        String slug = Slugs.slugify(title);
        assertTrue(slug.length() <= Slugs.MAX_LENGTH, slug);
        assertEquals("how-our-mentors-and-mentees-planned-their-first-meetings-across-eleven-time", slug);
    }

    @Test
    @DisplayName("a single over-long word is cut hard at 80 characters")
    void longWordCutHard() {
        assertEquals("a".repeat(80), Slugs.slugify("a".repeat(200)));
    }

    @Test
    @DisplayName("a free slug is used as is, a taken one gets -2, -3 ...")
    void uniqueSlug() {
        assertEquals("kickoff", Slugs.uniqueSlug("kickoff", Set.of()::contains));
        assertEquals("kickoff-2", Slugs.uniqueSlug("kickoff", Set.of("kickoff")::contains));
        assertEquals("kickoff-3", Slugs.uniqueSlug("kickoff", Set.of("kickoff", "kickoff-2")::contains));
    }

    @Test
    @DisplayName("a numbered slug still fits in 80 characters")
    void uniqueSlugStaysShort() {
        String base = Slugs.slugify("word ".repeat(30));
        String unique = Slugs.uniqueSlug(base, Set.of(base)::contains);
        assertTrue(unique.length() <= Slugs.MAX_LENGTH, unique);
        assertTrue(unique.endsWith("-2"), unique);
    }

    @Test
    @DisplayName("when every slug is taken the search gives up instead of looping forever")
    void everythingTaken() {
        assertThrows(IllegalStateException.class, () -> Slugs.uniqueSlug("x", s -> true));
    }
}
