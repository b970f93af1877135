package example.mentoring.post;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Rendering a post's Markdown")
class MarkdownRendererTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    private static final Set<String> ALLOWED_TAGS = Set.of(
            "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "em", "strong", "del", "ul", "ol", "li",
            "blockquote", "code", "pre", "a", "img", "table", "thead", "tbody", "tr", "th", "td");
    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("href", "title", "rel", "src", "alt", "start", "align", "class");

    private static Document parse(String html) {
        return Jsoup.parseBodyFragment(html);
    }

    @Nested
    @DisplayName("what an author can write")
    class AuthorFormatting {

        @Test
        @DisplayName("headings, emphasis, lists, quotes and code come out as their HTML elements")
        void basicFormatting() {
            Document doc = parse(RENDERER.render("""
                    # Welcome, mentors

                    Some *emphasis* and **strong** words.

                    - first
                    - second

                    1. one
                    2. two

                    > a quote from a mentee

                    `inline` and

                    ```java
                    System.out.println("hi");
                    ```
                    """));
            assertAll(
                    () -> assertEquals("Welcome, mentors", doc.selectFirst("h1").text()),
                    () -> assertEquals("emphasis", doc.selectFirst("p em").text()),
                    () -> assertEquals("strong", doc.selectFirst("p strong").text()),
                    () -> assertEquals(2, doc.select("ul > li").size()),
                    () -> assertEquals(2, doc.select("ol > li").size()),
                    () -> assertEquals("a quote from a mentee", doc.selectFirst("blockquote").text()),
                    () -> assertEquals("inline", doc.selectFirst("p code").text()),
                    () -> assertEquals("language-java", doc.selectFirst("pre code").className()));
        }

        @Test
        @DisplayName("links keep http, https and mailto targets and get rel=nofollow noopener")
        void linksGetRel() {
            Document doc = parse(RENDERER.render(
                    "[site](https://example.org/a?b=1&c=2) [plain](http://example.org) [mail](mailto:team@example.org)"));
            List<Element> links = doc.select("a");
            assertEquals(3, links.size());
            assertEquals("https://example.org/a?b=1&c=2", links.get(0).attr("href"));
            assertEquals("http://example.org", links.get(1).attr("href"));
            assertEquals("mailto:team@example.org", links.get(2).attr("href"));
            for (Element link : links) {
                Set<String> rels = Set.of(link.attr("rel").split("\\s+"));
                assertTrue(rels.containsAll(Set.of("nofollow", "noopener")), link.outerHtml());
            }
        }

        @Test
        @DisplayName("a link to a script keeps its text but loses its target")
        void scriptLinkLosesTarget() {
            Document doc = parse(RENDERER.render("Read [the guide](javascript:alert(1)) first."));
            assertTrue(doc.select("a").isEmpty(), doc.body().html());
            assertEquals("Read the guide first.", doc.text());
        }

        @Test
        @DisplayName("bare URLs in the text become links too")
        void autolinks() {
            Element link = parse(RENDERER.render("See https://example.org/cohorts for dates.")).selectFirst("a");
            assertEquals("https://example.org/cohorts", link.attr("href"));
        }

        @Test
        @DisplayName("images from http and https are kept with their alt text")
        void httpImages() {
            Element img = parse(RENDERER.render("![Our cohort](https://example.org/cohort.png)")).selectFirst("img");
            assertEquals("https://example.org/cohort.png", img.attr("src"));
            assertEquals("Our cohort", img.attr("alt"));
        }

        @Test
        @DisplayName("images from mailto or relative paths lose their source")
        void nonHttpImages() {
            Document doc = parse(RENDERER.render("![a](mailto:x@example.org) ![b](/local.png)"));
            assertTrue(doc.select("img[src]").isEmpty(), doc.body().html());
        }

        @Test
        @DisplayName("tables render with header and body cells")
        void tables() {
            Document doc = parse(RENDERER.render("""
                    | Week | Topic |
                    |:-----|------:|
                    | 1    | Goals |
                    """));
            assertEquals(2, doc.select("table thead th").size());
            assertEquals("Goals", doc.select("table tbody td").get(1).text());
            assertEquals("right", doc.select("table thead th").get(1).attr("align"));
        }

        @Test
        @DisplayName("raw HTML typed into a post is shown as text, not interpreted")
        void rawHtmlIsEscaped() {
            Document doc = parse(RENDERER.render("Hello <b>world</b> and <span style=\"x\">span</span>"));
            assertTrue(doc.select("b, span").isEmpty());
            assertTrue(doc.text().contains("<b>world</b>"), doc.text());
        }

        @Test
        @DisplayName("a post longer than 100 000 characters is refused")
        void tooLong() {
            String huge = "a".repeat(MarkdownRenderer.MAX_INPUT_CHARS + 1);
            assertThrows(IllegalArgumentException.class, () -> RENDERER.render(huge));
        }
    }

    static Stream<Arguments> hostilePosts() {
        String longNesting = ">".repeat(50_000);
        return Stream.of(
                Arguments.of("script tag", "<script>alert(1)</script>"),
                Arguments.of("script block between paragraphs", "para\n\n<script>\nalert(1)\n</script>\n\nafter"),
                Arguments.of("style tag", "<style>body{display:none}</style>"),
                Arguments.of("image with onerror", "<img src=x onerror=alert(1)>"),
                Arguments.of("javascript link", "[x](javascript:alert(1))"),
                Arguments.of("mixed-case javascript link", "[x](JaVaScRiPt:alert(1))"),
                Arguments.of("javascript link with leading space", "[x]( javascript:alert(1))"),
                Arguments.of("entity-encoded colon", "[x](javascript&#58;alert(1))"),
                Arguments.of("entity-encoded letters", "[x](&#106;avascript:alert(1))"),
                Arguments.of("percent-encoded scheme", "[x](javascript%3Aalert(1))"),
                Arguments.of("javascript reference link", "[x][r]\n\n[r]: javascript:alert(1)"),
                Arguments.of("javascript autolink", "<javascript:alert(1)>"),
                Arguments.of("tab inside the scheme", "[x](<java\tscript:alert(1)>)"),
                Arguments.of("newline entity inside the scheme", "[x](java&#10;script:alert(1))"),
                Arguments.of("vbscript link", "[x](vbscript:msgbox(1))"),
                Arguments.of("data link", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"),
                Arguments.of("data image", "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)"),
                Arguments.of("javascript image", "![x](javascript:alert(1))"),
                Arguments.of("raw data anchor", "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>"),
                Arguments.of("nested unclosed HTML", "<div><p><a href=\"javascript:x\"><b><i>unclosed <script"),
                Arguments.of("svg onload", "<svg onload=alert(1)><circle/></svg>"),
                Arguments.of("iframe", "<iframe src=\"https://evil.example\"></iframe>"),
                Arguments.of("title attribute breakout", "[x](https://example.org \"\\\" onmouseover=\\\"alert(1)\")"),
                Arguments.of("HTML comment trick", "<!-- --><script>alert(1)</script><!-- -->"),
                Arguments.of("50 000 nested quotes", longNesting + " deep"),
                Arguments.of("50 000 open brackets", "[".repeat(50_000) + "x"),
                Arguments.of("25 000 bracket pairs", "[".repeat(25_000) + "]".repeat(25_000)),
                Arguments.of("nested images", "![".repeat(4_000) + "x" + "](https://e.org/i.png)".repeat(4_000)),
                Arguments.of("nested list markers", "- ".repeat(40_000) + "x"),
                Arguments.of("nested emphasis", "*a **b ".repeat(10_000)),
                Arguments.of("many backticks", "`".repeat(50_000) + "x"),
                Arguments.of("many unclosed tags", "<a href=\"".repeat(10_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostilePosts")
    @DisplayName("a hostile post renders to safe HTML")
    void hostileInputIsNeutralised(String description, String markdown) {
        String html = RENDERER.render(markdown);
        Document doc = parse(html);
        for (Element element : doc.body().getAllElements()) {
            if (element == doc.body()) {
                continue;
            }
            String tag = element.normalName();
            assertTrue(ALLOWED_TAGS.contains(tag), () -> "unexpected <" + tag + "> in " + abbreviate(html));
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertTrue(ALLOWED_ATTRIBUTES.contains(name), () -> "unexpected attribute " + name + " in " + abbreviate(html));
                if (name.equals("href") || name.equals("src")) {
                    assertSafeUrl(attribute.getValue(), html);
                }
            }
            if (tag.equals("a")) {
                assertFalse(element.attr("href").isBlank(), () -> "link without target in " + abbreviate(html));
                assertTrue(element.attr("rel").contains("nofollow"), () -> abbreviate(html));
            }
        }
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), () -> abbreviate(html));
    }

    private static void assertSafeUrl(String url, String html) {
        // Browsers ignore control characters and whitespace inside a scheme, so check the squeezed form.
        String squeezed = url.replaceAll("[\\p{Cntrl}\\s]", "").toLowerCase(Locale.ROOT);
        for (String scheme : List.of("javascript:", "data:", "vbscript:")) {
            assertFalse(squeezed.startsWith(scheme), () -> "unsafe URL " + url + " in " + abbreviate(html));
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }
}
