package example.mentoring.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.access.Principal;
import example.mentoring.json.Json;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads who is calling from the claims that the HTTP API's JWT authorizer verified, into a plain
 * {@link Principal}. Coordinator rights come from the {@code coordinators} group alone.
 */
public final class Caller {

    public static final String COORDINATORS = "coordinators";

    private Caller() {
    }

    /** The principal of these claims: {@code email}, {@code email_verified} and the groups. */
    public static Principal of(Optional<String> email, boolean emailVerified, Set<String> groups) {
        return new Principal(email, emailVerified, groups.contains(COORDINATORS));
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
            node = Json.parse(claim);
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
}
