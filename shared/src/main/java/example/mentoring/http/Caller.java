package example.mentoring.http;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is calling, from the claims that the HTTP API's JWT authorizer verified. Nobody when the
 * route is public and no token was sent.
 */
public record Caller(Optional<String> email, Set<String> groups) {

    public static final String COORDINATORS = "coordinators";
    public static final Caller ANONYMOUS = new Caller(Optional.empty(), Set.of());

    public Caller {
        email = email.map(e -> e.trim().toLowerCase(Locale.ROOT));
        groups = Set.copyOf(groups);
    }

    /**
     * The authorizer hands array claims over as one string, {@code [a b]} (or JSON
     * {@code ["a","b"]} in some set-ups): both are read.
     */
    public static Set<String> parseGroups(String claim) {
        if (claim == null || claim.isBlank()) {
            return Set.of();
        }
        String inner = claim.strip();
        if (inner.startsWith("[") && inner.endsWith("]")) {
            inner = inner.substring(1, inner.length() - 1);
        }
        return Arrays.stream(inner.split("[\\s,]+"))
                .map(g -> g.replace("\"", "").strip())
                .filter(g -> !g.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean authenticated() {
        return email.isPresent();
    }

    public boolean isCoordinator() {
        return groups.contains(COORDINATORS);
    }

    /** Refuses anonymous callers (401) and callers outside the coordinators group (403). */
    public Caller requireCoordinator() {
        requireAuthenticated();
        if (!isCoordinator()) {
            throw Problem.forbidden("Only coordinators may do this.");
        }
        return this;
    }

    public Caller requireAuthenticated() {
        if (!authenticated()) {
            throw Problem.unauthorized();
        }
        return this;
    }
}
