package example.mentoring.access;

import example.mentoring.outcome.Forbidden;
import example.mentoring.outcome.Unauthenticated;
import java.util.Locale;
import java.util.Optional;

/**
 * Who is calling: an email (lower-cased), whether the identity provider verified it, and whether
 * the caller is a coordinator. Nobody ({@link #ANONYMOUS}) when a public route is called without
 * a token. Participant and author rights come from the email only once it is verified
 * ({@link #verifiedEmail()}); a caller whose email is not verified is, for those rights, a stranger.
 */
public record Principal(Optional<String> email, boolean emailVerified, boolean coordinator) {

    public static final Principal ANONYMOUS = new Principal(Optional.empty(), false, false);

    public Principal {
        email = email.map(e -> e.trim().toLowerCase(Locale.ROOT));
    }

    public boolean authenticated() {
        return email.isPresent();
    }

    public boolean isCoordinator() {
        return coordinator;
    }

    /** The email that grants participant and author rights: present only when it was verified. */
    public Optional<String> verifiedEmail() {
        return emailVerified ? email : Optional.empty();
    }

    /** Refuses anonymous callers ({@link Unauthenticated}) and callers who are not coordinators ({@link Forbidden}). */
    public Principal requireCoordinator() {
        requireAuthenticated();
        if (!coordinator) {
            throw new Forbidden("Only coordinators may do this.");
        }
        return this;
    }

    public Principal requireAuthenticated() {
        if (!authenticated()) {
            throw new Unauthenticated();
        }
        return this;
    }
}
