package example.mentoring.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Summaries of posts")
class SummariesTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    @Test
    @DisplayName("the plain text drops markup, decodes entities and collapses whitespace")
    void plainText() {
        String html = RENDERER.render("# Kick-off\n\nMentors &amp; mentees *meet*   on\n**Monday** <b>.\n\n- one\n- two");
        assertEquals("Kick-off Mentors & mentees meet on Monday <b>. one two", Summaries.plainText(html));
    }

    @Test
    @DisplayName("a short post is its own summary, without an ellipsis")
    void shortPost() {
        assertEquals("Short and sweet.", Summaries.summarize("<p>Short and sweet.</p>"));
    }

    @Test
    @DisplayName("a long post is cut at a word boundary near 200 characters and ends with …")
    void longPostCutAtWord() {
        String words = "mentoring ".repeat(40);
        String summary = Summaries.summarize("<p>" + words + "</p>");
        assertTrue(summary.endsWith("…"), summary);
        String body = summary.substring(0, summary.length() - 1);
        assertTrue(body.length() <= Summaries.DEFAULT_MAX_CHARS, summary);
        assertTrue(body.length() > Summaries.DEFAULT_MAX_CHARS - "mentoring ".length(), summary);
        assertFalse(body.endsWith(" "), summary);
        for (String word : body.split(" ")) {
            assertEquals("mentoring", word);
        }
    }

    @Test
    @DisplayName("text inside script or style never reaches a summary")
    void invisibleText() {
        assertEquals("visible", Summaries.plainText("<style>p{}</style><script>alert(1)</script><p>visible</p>"));
    }

    @Test
    @DisplayName("one endless word is cut hard rather than leaving an empty teaser")
    void endlessWord() {
        String summary = Summaries.summarize("<p>" + "x".repeat(500) + "</p>", 50);
        assertEquals("x".repeat(50) + "…", summary);
    }
}
