package example.mentoring.notification.email;

import example.mentoring.text.EmailAddresses;
import java.util.Locale;

/** Validation shared by the message records, run in their constructors so bad data fails early. */
final class Checks {

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
        // The form's own rule: an address it took must never stop an email (templates escape it).
        if (!EmailAddresses.isValid(value)) {
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
