package example.mentoring.post;

import java.util.Locale;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/** The allow-list of HTML a rendered post may contain. Anything not named here is dropped. */
final class PostHtmlPolicy {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");
    private static final Pattern ALIGNMENT = Pattern.compile("left|center|right");
    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}");

    private PostHtmlPolicy() {
    }

    static PolicyFactory create() {
        return new HtmlPolicyBuilder()
                .allowElements("h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr",
                        "em", "strong", "del", "ul", "ol", "li", "blockquote", "code", "pre",
                        "a", "img", "table", "thead", "tbody", "tr", "th", "td")
                // Relative URLs stay allowed: they cannot name a scheme, so they cannot run script.
                .allowUrlProtocols("http", "https", "mailto")
                .allowAttributes("href", "title").onElements("a")
                .requireRelsOnLinks("nofollow", "noopener")
                .allowAttributes("src").matching(PostHtmlPolicy::httpImageSource).onElements("img")
                .allowAttributes("alt", "title").onElements("img")
                .allowAttributes("start").matching(DIGITS).onElements("ol")
                .allowAttributes("align").matching(ALIGNMENT).onElements("th", "td")
                .allowAttributes("class").matching(CODE_LANGUAGE).onElements("code")
                .toFactory();
    }

    /** Images load without a click, so unlike links they must be absolute http(s): no mailto, no relative tricks. */
    private static String httpImageSource(String element, String attribute, String value) {
        String lower = value.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? value : null;
    }
}
