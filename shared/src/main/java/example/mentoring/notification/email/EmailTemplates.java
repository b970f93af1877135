package example.mentoring.notification.email;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

/**
 * Loads and compiles every email template once, from the classpath folder {@code email/}.
 *
 * <p>Compiling eagerly makes a missing or broken template fail at start-up (Lambda's init phase)
 * rather than on the first email of that kind. Compiled templates are immutable and thread-safe.
 */
final class EmailTemplates {

    private static final String FOLDER = "email/";
    private static final String SUFFIX = ".mustache";

    // The library default also escapes '=' and '`', which only matters for unquoted attributes;
    // ours are all quoted, and leaving '=' alone keeps query strings in links readable.
    private static final Mustache.Escaper HTML_ESCAPER = Escapers.simple(
            new String[] {"&", "&amp;"},
            new String[] {"<", "&lt;"},
            new String[] {">", "&gt;"},
            new String[] {"\"", "&quot;"},
            new String[] {"'", "&#39;"});

    /** The templates of one kind of email. */
    record KindTemplates(Template subject, Template reason, Template text, Template html) {
    }

    private final Map<EmailKind, KindTemplates> byKind = new EnumMap<>(EmailKind.class);

    EmailTemplates() {
        // Same loader for both so partials ({{> _header.txt}}) resolve from the same folder.
        Mustache.Compiler plain = Mustache.compiler().escapeHTML(false).withLoader(EmailTemplates::reader);
        Mustache.Compiler html = Mustache.compiler().withEscaper(HTML_ESCAPER).withLoader(EmailTemplates::reader);
        for (EmailKind kind : EmailKind.values()) {
            String base = kind.templateName();
            byKind.put(kind, new KindTemplates(
                    compile(plain, base + ".subject"),
                    compile(plain, base + ".reason"),
                    compile(plain, base + ".txt"),
                    compile(html, base + ".html")));
        }
    }

    KindTemplates forKind(EmailKind kind) {
        return byKind.get(kind);
    }

    private static Template compile(Mustache.Compiler compiler, String name) {
        try (Reader reader = reader(name)) {
            return compiler.compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read email template " + name, e);
        }
    }

    private static Reader reader(String name) {
        String path = FOLDER + name + SUFFIX;
        InputStream in = EmailTemplates.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing email template on the classpath: " + path);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
