package example.mentoring.person;

import example.mentoring.outcome.NotFound;
import example.mentoring.text.Digests;
import example.mentoring.text.EmailAddresses;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The address that names a person: lower-cased as applications store it. */
public record PersonEmail(String value) {

    public PersonEmail {
        if (!EmailAddresses.isValid(value)) {
            throw new IllegalArgumentException("not an email address");
        }
        value = value.toLowerCase(Locale.ROOT);
    }

    /**
     * The address in a path ({@code /people/{email}}), sent as is or percent-encoded; one that
     * cannot be an address names nobody (404). A {@code +} is a plus, never a space.
     */
    public static PersonEmail fromPath(String value) {
        String decoded;
        try {
            decoded = URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            throw new NotFound("No such person.");
        }
        if (!EmailAddresses.isValid(decoded)) {
            throw new NotFound("No such person.");
        }
        return new PersonEmail(decoded);
    }

    /**
     * How the audit trail names this person without holding the address: {@code subject-} and
     * 12 hex digits of its SHA-256 (an auditor who has the address can find its entries).
     */
    public String subject() {
        return "subject-" + Digests.sha256Hex(value, 6);
    }
}
