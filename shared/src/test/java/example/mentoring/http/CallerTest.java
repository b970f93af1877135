package example.mentoring.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The caller comes from the claims the JWT authorizer verified")
class CallerTest {

    @Test
    @DisplayName("groups read from the authorizer's [a b] form and from JSON arrays")
    void groups() {
        assertEquals(Set.of("coordinators", "editors"), Caller.parseGroups("[coordinators editors]"));
        assertEquals(Set.of("coordinators", "editors"), Caller.parseGroups("[\"coordinators\",\"editors\"]"));
        assertEquals(Set.of("coordinators"), Caller.parseGroups("coordinators"));
        assertEquals(Set.of(), Caller.parseGroups(null));
    }

    @Test
    @DisplayName("no token is 401, a token without the coordinators group is 403")
    void coordinatorsOnly() {
        assertEquals(401, assertThrows(Problem.class, Caller.ANONYMOUS::requireCoordinator).status());
        Caller participant = new Caller(Optional.of("Pat@Example.org"), Set.of());
        assertEquals(403, assertThrows(Problem.class, participant::requireCoordinator).status());
        assertEquals(Optional.of("pat@example.org"), participant.email());
        assertTrue(new Caller(Optional.of("c@example.org"), Set.of("coordinators")).requireCoordinator().isCoordinator());
    }
}
