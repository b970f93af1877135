package example.mentoring.post;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.owasp.html.HtmlSanitizer;

/** Plain-text teasers of rendered posts, for listings, feed summaries and email previews. */
public final class Summaries {

    public static final int DEFAULT_MAX_CHARS = 200;
    static final String ELLIPSIS = "…";

    // Closing or opening one of these separates words that the markup kept apart visually.
    private static final Set<String> BREAKING_ELEMENTS = Set.of(
            "p", "br", "hr", "li", "ul", "ol", "blockquote", "pre", "div", "table", "thead", "tbody",
            "tr", "th", "td", "h1", "h2", "h3", "h4", "h5", "h6", "img");
    private static final Set<String> INVISIBLE_ELEMENTS = Set.of("script", "style", "template");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String TRAILING_PUNCTUATION = ",;:-–—";

    private Summaries() {
    }

    /** The text a reader would see in the HTML, entities decoded, whitespace collapsed. */
    public static String plainText(String html) {
        Objects.requireNonNull(html, "html");
        TextCollector collector = new TextCollector();
        HtmlSanitizer.sanitize(html, collector);
        return WHITESPACE.matcher(collector.text).replaceAll(" ").strip();
    }

    /** {@link #plainText} cut to about {@value #DEFAULT_MAX_CHARS} characters. */
    public static String summarize(String html) {
        return summarize(html, DEFAULT_MAX_CHARS);
    }

    /** {@link #plainText} cut to at most {@code maxChars} characters plus "…", at a word boundary when there is one. */
    public static String summarize(String html, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        String text = plainText(html);
        if (text.length() <= maxChars) {
            return text;
        }
        String cut = text.substring(0, maxChars);
        if (text.charAt(maxChars) != ' ') {
            int lastSpace = cut.lastIndexOf(' ');
            // A single huge "word" (e.g. a URL) is cut hard rather than leaving an empty teaser.
            if (lastSpace > maxChars / 2) {
                cut = cut.substring(0, lastSpace);
            } else if (Character.isHighSurrogate(cut.charAt(cut.length() - 1))) {
                cut = cut.substring(0, cut.length() - 1);
            }
        }
        return stripTrailingPunctuation(cut.stripTrailing()) + ELLIPSIS;
    }

    private static String stripTrailingPunctuation(String s) {
        int end = s.length();
        while (end > 0 && (TRAILING_PUNCTUATION.indexOf(s.charAt(end - 1)) >= 0 || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(0, end);
    }

    /** Receives the sanitizer's token stream; its text chunks arrive with entities already decoded. */
    private static final class TextCollector implements HtmlSanitizer.Policy {
        private final StringBuilder text = new StringBuilder();
        private int invisibleDepth;

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void openTag(String elementName, List<String> attrs) {
            if (INVISIBLE_ELEMENTS.contains(elementName)) {
                invisibleDepth++;
            } else if (BREAKING_ELEMENTS.contains(elementName)) {
                text.append(' ');
            }
        }

        @Override
        public void closeTag(String elementName) {
            if (INVISIBLE_ELEMENTS.contains(elementName)) {
                invisibleDepth = Math.max(0, invisibleDepth - 1);
            } else if (BREAKING_ELEMENTS.contains(elementName)) {
                text.append(' ');
            }
        }

        @Override
        public void text(String textChunk) {
            if (invisibleDepth == 0) {
                text.append(textChunk);
            }
        }
    }
}
