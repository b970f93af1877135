package example.mentoring.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import example.mentoring.access.Principal;
import example.mentoring.outcome.Refusal;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The caller comes from the claims the JWT authorizer verified")
class CallerTest {

    static Stream<Arguments> groupClaims() {
        return Stream.of(
                // the authorizer's flattened form, split on single spaces only
                groups("[coordinators]", "coordinators"),
                groups("[coordinators alumni]", "coordinators", "alumni"),
                groups("[coordinators,alumni]", "coordinators,alumni"),
                groups("[xcoordinators]", "xcoordinators"),
                groups("[[coordinators]]", "[coordinators]"),
                groups("[\"coordinators\",1]", "\"coordinators\",1"),
                groups("[]"),
                // JSON arrays of strings, element by element
                groups("[\"alumni\",\"coordinators\"]", "alumni", "coordinators"),
                groups("[\"coordinators,alumni\"]", "coordinators,alumni"),
                groups("[\"coordinators\" ]", "coordinators"),
                groups("[\"coordinators \"]", "coordinators "),
                groups("[\"coordinators\"] x", "[\"coordinators\"] x"),
                // anything else is one group, literally
                groups("\"coordinators\"", "\"coordinators\""),
                groups("coordinators,alumni", "coordinators,alumni"),
                groups(" [coordinators]", " [coordinators]"),
                groups(""),
                groups(null));
    }

    private static Arguments groups(String claim, String... expected) {
        return Arguments.of(claim, Set.copyOf(Arrays.asList(expected)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("groupClaims")
    @DisplayName("groups are read exactly from the [a b] form and from JSON arrays of strings")
    void groups(String claim, Set<String> expected) {
        assertEquals(expected, Caller.parseGroups(claim));
        assertEquals(expected.contains("coordinators"),
                Caller.of(Optional.of("c@example.org"), true, Caller.parseGroups(claim)).isCoordinator());
    }

    @Test
    @DisplayName("no token is 401, a token without the coordinators group is 403")
    void coordinatorsOnly() {
        assertEquals(401, Problems.of(assertThrows(Refusal.class, Principal.ANONYMOUS::requireCoordinator)).status());
        Principal participant = Caller.of(Optional.of("Pat@Example.org"), true, Set.of());
        assertEquals(403, Problems.of(assertThrows(Refusal.class, participant::requireCoordinator)).status());
        assertEquals(Optional.of("pat@example.org"), participant.email());
        assertTrue(Caller.of(Optional.of("c@example.org"), false, Set.of("coordinators")).requireCoordinator().isCoordinator());
    }

    @Test
    @DisplayName("an email grants participant rights only once verified; the claim is the string true")
    void verifiedEmail() {
        assertTrue(Caller.parseEmailVerified("true"));
        for (String claim : new String[] {"false", "TRUE", "True", "1", "", " true", null}) {
            assertFalse(Caller.parseEmailVerified(claim), String.valueOf(claim));
        }
        assertEquals(Optional.of("pat@example.org"), Caller.of(Optional.of("Pat@Example.org"), true, Set.of()).verifiedEmail());
        Principal unverified = Caller.of(Optional.of("pat@example.org"), false, Set.of());
        assertTrue(unverified.authenticated());
        assertEquals(Optional.empty(), unverified.verifiedEmail());
        assertEquals(Optional.empty(), Principal.ANONYMOUS.verifiedEmail());
    }
}
