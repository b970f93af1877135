package example.mentoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import example.mentoring.emulator.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The local JWT authorizer checks what the HTTP API's does")
class LocalTokensTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2027-03-01T10:00:00Z"));
    private final LocalTokens tokens = new LocalTokens(clock);

    private JWTClaimsSet.Builder valid() {
        Instant now = clock.instant();
        return new JWTClaimsSet.Builder().issuer(LocalTokens.ISSUER).audience(LocalTokens.AUDIENCE).subject("s")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(60)));
    }

    @Test
    @DisplayName("the identity source may hold the token alone or prefixed with Bearer (any case)")
    void bearerPrefixOptional() {
        String token = tokens.issue("pat@example.org", true, List.of());
        assertEquals("pat@example.org", tokens.verify(token).orElseThrow().get("email"));
        assertTrue(tokens.verify("Bearer " + token).isPresent());
        assertTrue(tokens.verify("bearer " + token).isPresent());
        assertFalse(tokens.verify("").isPresent());
        assertFalse(tokens.verify("Bearer ").isPresent());
    }

    @Test
    @DisplayName("client_id stands for the audience only when aud is absent")
    void clientIdWhenNoAudience() {
        assertTrue(tokens.verify(LocalTokens.sign(valid().audience(List.of()).claim("client_id", LocalTokens.AUDIENCE).build())).isPresent());
        assertFalse(tokens.verify(LocalTokens.sign(valid().audience("another-client").claim("client_id", LocalTokens.AUDIENCE).build())).isPresent());
        assertFalse(tokens.verify(LocalTokens.sign(valid().audience(List.of()).build())).isPresent());
    }

    @Test
    @DisplayName("expired, not yet valid, issued in the future, or from another issuer: refused")
    void times() {
        Instant now = clock.instant();
        assertTrue(tokens.verify(LocalTokens.sign(valid().build())).isPresent());
        assertFalse(tokens.verify(LocalTokens.sign(valid().expirationTime(Date.from(now)).build())).isPresent());
        assertFalse(tokens.verify(LocalTokens.sign(valid().notBeforeTime(Date.from(now.plusSeconds(1))).build())).isPresent());
        assertFalse(tokens.verify(LocalTokens.sign(valid().issueTime(Date.from(now.plusSeconds(1))).build())).isPresent());
        assertFalse(tokens.verify(LocalTokens.sign(valid().issuer("https://elsewhere.example").build())).isPresent());
        String token = tokens.issue("pat@example.org", true, List.of());
        clock.advance(Duration.ofHours(12));
        assertFalse(tokens.verify(token).isPresent(), "the lifetime is 12 hours");
    }
}
