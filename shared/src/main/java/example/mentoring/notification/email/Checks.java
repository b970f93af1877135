package example.mentoring.notification.email;

import java.util.Locale;
import java.util.regex.Pattern;

/** Validation shared by the message records, run in their constructors so bad data fails early. */
final class Checks {

    // Deliberately loose: the address was verified when the person signed up; this only keeps
    // anything that could break out of a mailto: link or a header out of the templates.
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"',;]+@[^\\s@<>\"',;]+");

    private Checks() {
    }

    static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    /** Escaping does not stop a {@code javascript:} href, so links must be http(s) before they reach a template. */
    static String httpUrl(String value, String field) {
        text(value, field);
        String lower = value.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("https://") || lower.startsWith("http://")) || value.chars().anyMatch(c -> c <= ' ')) {
            throw new IllegalArgumentException(field + " must be an http(s) URL without spaces: " + value);
        }
        return value;
    }

    static String email(String value, String field) {
        text(value, field);
        if (!EMAIL.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " is not an email address: " + value);
        }
        return value;
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }
}
