package example.mentoring.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
            "日本語の図書館                        | ribenyunotushuguan",
            "Библиотека для детей                | biblioteka-dlya-detey",
            "مكتبة الأطفال                       | mktbh-l-tfl",
            "Ελληνικά βιβλία                     | ellinika-vivlia",
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
    @DisplayName("a numbered slug is base-n and still fits in 80 characters")
    void numbered() {
        assertEquals("kickoff-2", Slugs.numbered("kickoff", 2));
        String base = Slugs.slugify("word ".repeat(30));
        String numbered = Slugs.numbered(base, 12345);
        assertTrue(numbered.length() <= Slugs.MAX_LENGTH, numbered);
        assertTrue(numbered.endsWith("-12345"), numbered);
    }
}
