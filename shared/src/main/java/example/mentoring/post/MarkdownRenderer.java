package example.mentoring.post;

import java.util.List;
import java.util.Objects;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.PolicyFactory;

/**
 * Renders a post's Markdown to HTML that is safe to serve and to put in an email.
 *
 * <p>Two layers, on purpose: CommonMark escapes any raw HTML written in the Markdown (authors get
 * Markdown, not HTML), and the output then goes through an allow-list sanitizer, so a bug or a
 * surprise in either layer alone cannot let script through. Thread-safe; the parser, renderer and
 * policy are built once per process, on the first render.
 */
public final class MarkdownRenderer {

    /** Longest Markdown accepted; bounds the work a single request can ask for. */
    public static final int MAX_INPUT_CHARS = 100_000;

    // Deeply nested input ("> > > ...", "- - - ...", "![![![...") would otherwise build a tree
    // deep enough to overflow the stack of the recursive renderers; beyond these depths
    // CommonMark keeps the remaining markers as plain text.
    private static final int MAX_OPEN_BLOCKS = 32;
    private static final int MAX_INLINE_NESTING = 16;

    /**
     * The pipeline, built when the first post is rendered (the holder class loads on first use):
     * most requests of a function that carries it render nothing, so its cold start need not
     * load CommonMark and the sanitizer.
     */
    private static final class Pipeline {
        static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());
        static final Parser PARSER = Parser.builder()
                .extensions(EXTENSIONS)
                .maxOpenBlockParsers(MAX_OPEN_BLOCKS)
                .maxInlineNesting(MAX_INLINE_NESTING)
                .build();
        static final HtmlRenderer RENDERER = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(true)
                // URL filtering is left to the sanitizer: CommonMark's would turn a javascript: link
                // into href="" (a link to the page itself); the sanitizer drops the link, keeps the text.
                .build();
        static final PolicyFactory POLICY = PostHtmlPolicy.create();
    }

    /**
     * Renders Markdown to sanitized HTML.
     *
     * @throws IllegalArgumentException when the input is longer than {@link #MAX_INPUT_CHARS}
     */
    public String render(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        if (markdown.length() > MAX_INPUT_CHARS) {
            throw new IllegalArgumentException(
                    "Markdown is " + markdown.length() + " characters; at most " + MAX_INPUT_CHARS + " are accepted");
        }
        String unsafeHtml = Pipeline.RENDERER.render(Pipeline.PARSER.parse(markdown));
        return Pipeline.POLICY.sanitize(unsafeHtml);
    }
}
