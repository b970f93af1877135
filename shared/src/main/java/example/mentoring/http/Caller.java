package example.mentoring.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.outcome.Forbidden;
import example.mentoring.outcome.Unauthenticated;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is calling, from the claims that the HTTP API's JWT authorizer verified. Nobody when the
 * route is public and no token was sent. Coordinator rights come from the {@code coordinators}
 * group alone; participant and author rights from the email, and only once Cognito verified it
 * ({@link #verifiedEmail()}).
 */
public record Caller(Optional<String> email, boolean emailVerified, Set<String> groups) {

    public static final String COORDINATORS = "coordinators";
    public static final Caller ANONYMOUS = new Caller(Optional.empty(), false, Set.of());

    public Caller {
        email = email.map(e -> e.trim().toLowerCase(Locale.ROOT));
        groups = Set.copyOf(groups);
    }

    /**
     * The groups of a {@code cognito:groups} claim, read exactly. The authorizer hands array
     * claims over as one string: flattened, {@code [a b]} (elements split on single spaces inside
     * one pair of brackets), or JSON, {@code ["a","b"]} (every element a string). Anything else is
     * taken literally: one group named by the whole claim. No element is ever split on commas or
     * stripped of quotes, so {@code ["coordinators,alumni"]} names one group that is not
     * {@code coordinators}.
     */
    public static Set<String> parseGroups(String claim) {
        if (claim == null || claim.isEmpty()) {
            return Set.of();
        }
        Optional<Set<String>> json = jsonStringArray(claim);
        if (json.isPresent()) {
            return json.get();
        }
        if (claim.length() >= 2 && claim.startsWith("[") && claim.endsWith("]")) {
            return Arrays.stream(claim.substring(1, claim.length() - 1).split(" "))
                    .filter(g -> !g.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        }
        return Set.of(claim);
    }

    private static Optional<Set<String>> jsonStringArray(String claim) {
        if (!claim.startsWith("[")) {
            return Optional.empty();
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(claim);
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
        if (node == null || !node.isArray()) {
            return Optional.empty();
        }
        Set<String> groups = new HashSet<>();
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                return Optional.empty();
            }
            groups.add(element.textValue());
        }
        return Optional.of(Set.copyOf(groups));
    }

    /** The {@code email_verified} claim, which the authorizer hands over as the string {@code true}. */
    public static boolean parseEmailVerified(String claim) {
        return "true".equals(claim);
    }

    public boolean authenticated() {
        return email.isPresent();
    }

    public boolean isCoordinator() {
        return groups.contains(COORDINATORS);
    }

    /**
     * The email that grants participant and author rights: present only when Cognito verified it.
     * A caller whose email is not verified is, for those rights, a stranger.
     */
    public Optional<String> verifiedEmail() {
        return emailVerified ? email : Optional.empty();
    }

    /** Refuses anonymous callers (401) and callers outside the coordinators group (403). */
    public Caller requireCoordinator() {
        requireAuthenticated();
        if (!isCoordinator()) {
            throw new Forbidden("Only coordinators may do this.");
        }
        return this;
    }

    public Caller requireAuthenticated() {
        if (!authenticated()) {
            throw new Unauthenticated();
        }
        return this;
    }
}
