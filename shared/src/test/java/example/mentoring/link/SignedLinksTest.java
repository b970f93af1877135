package example.mentoring.link;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Signed link tokens: an opaque id, a key id and an expiry, signed for one purpose")
class SignedLinksTest {

    static final Instant NOW = Instant.parse("2027-02-01T12:00:00Z");
    static final SigningKey OLD = SigningKey.of("0ld0ld00", "the-previous-secret-value-of-forty-eight-chars-xx");
    static final SigningKey NEW = SigningKey.of("n3wn3w00", "the-current-secret-value-of-forty-eight-chars-xyz");

    /** Keys as Secrets Manager holds them: a current and (after a rotation) a previous version. */
    record Keys(SigningKey current, Optional<SigningKey> previous) implements SigningKeys {
        @Override
        public Optional<SigningKey> find(String kid) {
            if (current.kid().equals(kid)) {
                return Optional.of(current);
            }
            return previous.filter(k -> k.kid().equals(kid));
        }
    }

    static SignedLinks links(SigningKeys keys, Instant at) {
        return new SignedLinks(keys, Clock.fixed(at, ZoneOffset.UTC));
    }

    final SignedLinks links = links(new Keys(NEW, Optional.empty()), NOW);

    @Test
    @DisplayName("a token names its id, its key and its expiry; it verifies for its purpose")
    void roundTrip() {
        String token = links.sign(LinkPurpose.UNSUBSCRIBE, "sAbC123");
        String[] parts = token.split("\\.");
        assertEquals(4, parts.length);
        assertEquals("n3wn3w00", parts[0]);
        assertEquals(NOW.plus(Duration.ofDays(365)).getEpochSecond(), Long.parseLong(parts[2]));
        assertTrue(token.matches("[A-Za-z0-9._-]+"), "URL-safe as it is: " + token);
        assertEquals(Optional.of("sAbC123"), links.verify(LinkPurpose.UNSUBSCRIBE, token));
        assertEquals(NOW.plus(Duration.ofDays(30)).getEpochSecond(),
                Long.parseLong(links.sign(LinkPurpose.CONFIRM_EMAIL, "fall-2027/01J").split("\\.")[2]));
    }

    @Test
    @DisplayName("a token made for one purpose never verifies for another")
    void purposeIsSigned() {
        String unsubscribe = links.sign(LinkPurpose.UNSUBSCRIBE, "fall-2027/01J");
        String confirm = links.sign(LinkPurpose.CONFIRM_EMAIL, "fall-2027/01J");
        assertEquals(Optional.empty(), links.verify(LinkPurpose.CONFIRM_EMAIL, unsubscribe));
        assertEquals(Optional.empty(), links.verify(LinkPurpose.UNSUBSCRIBE, confirm));
    }

    @Test
    @DisplayName("changing any part (key id, id, expiry, signature) breaks it")
    void tamperEachPart() {
        String token = links.sign(LinkPurpose.UNSUBSCRIBE, "sAbC123");
        String[] parts = token.split("\\.");
        String otherId = Base64.getUrlEncoder().withoutPadding().encodeToString("sAbC124".getBytes(StandardCharsets.UTF_8));
        List<String> tampered = List.of(
                String.join(".", "n3wn3w01", parts[1], parts[2], parts[3]),
                String.join(".", parts[0], otherId, parts[2], parts[3]),
                String.join(".", parts[0], parts[1], Long.toString(Long.parseLong(parts[2]) + 86_400), parts[3]),
                String.join(".", parts[0], parts[1], parts[2], flip(parts[3])),
                String.join(".", parts[0], parts[1], parts[2]),
                token + ".x");
        for (String t : tampered) {
            assertEquals(Optional.empty(), links.verify(LinkPurpose.UNSUBSCRIBE, t), t);
        }
    }

    static String flip(String base64) {
        char first = base64.charAt(0);
        return (first == 'A' ? 'B' : 'A') + base64.substring(1);
    }

    @Test
    @DisplayName("an expired token is refused; one second before, it works")
    void expiry() {
        String token = links.sign(LinkPurpose.CONFIRM_EMAIL, "fall-2027/01J");
        Instant expires = NOW.plus(Duration.ofDays(30));
        SigningKeys keys = new Keys(NEW, Optional.empty());
        assertTrue(links(keys, expires.minusSeconds(1)).verify(LinkPurpose.CONFIRM_EMAIL, token).isPresent());
        assertFalse(links(keys, expires).verify(LinkPurpose.CONFIRM_EMAIL, token).isPresent());
    }

    @Test
    @DisplayName("after a rotation: new tokens use the new key, the previous key still verifies, an unknown one does not")
    void rotation() {
        String before = links(new Keys(OLD, Optional.empty()), NOW).sign(LinkPurpose.UNSUBSCRIBE, "s1");
        SignedLinks rotated = links(new Keys(NEW, Optional.of(OLD)), NOW.plusSeconds(60));
        assertEquals(Optional.of("s1"), rotated.verify(LinkPurpose.UNSUBSCRIBE, before));
        assertTrue(rotated.sign(LinkPurpose.UNSUBSCRIBE, "s1").startsWith("n3wn3w00."));

        SigningKey newer = SigningKey.of("n3w3r000", "a-third-secret-value-that-is-forty-eight-chars-xx");
        SignedLinks twiceRotated = links(new Keys(newer, Optional.of(NEW)), NOW.plusSeconds(120));
        assertEquals(Optional.empty(), twiceRotated.verify(LinkPurpose.UNSUBSCRIBE, before), "two rotations later");
    }

    @Test
    @DisplayName("a token signed with the same key id but another secret is refused")
    void forgedWithAnotherSecret() {
        SigningKey impostor = SigningKey.of("n3wn3w00", "an-attacker-guessed-secret-value-of-48-characters");
        String forged = links(new Keys(impostor, Optional.empty()), NOW).sign(LinkPurpose.UNSUBSCRIBE, "s1");
        assertEquals(Optional.empty(), links.verify(LinkPurpose.UNSUBSCRIBE, forged));
    }

    @Test
    @DisplayName("junk never throws: it is simply not a token")
    void junk() {
        List<String> junk = new ArrayList<>(List.of("", " ", ".", "...", "a.b.c.d", "n3wn3w00.%%%.1.x",
                "n3wn3w00.aWQ.99999999999999999999.AAAA", "n3wn3w00.aWQ.-1." + "A".repeat(43),
                "n3wn3w00.a.1." + "A".repeat(43), "n3wn3w00.aWQ.1." + "A".repeat(42) + "=", "x".repeat(100_000),
                "bWFybG93ZUBleGFtcGxlLm9yZw.3q2-7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "\u0000.\u0000.\u0000.\u0000"));
        Random random = new Random(1);
        String alphabet = "AZaz09-_.=+/ %\n";
        for (int i = 0; i < 2000; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(120); j > 0; j--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            junk.add(s.toString());
        }
        junk.add(null);
        for (String j : junk) {
            assertDoesNotThrow(() -> assertEquals(Optional.empty(), links.verify(LinkPurpose.UNSUBSCRIBE, j)), j);
        }
    }

    @Test
    @DisplayName("the id is the only payload: a token holds no address, plain or encoded")
    void noAddress() {
        String token = links.sign(LinkPurpose.CONFIRM_EMAIL, "fall-2027/01JQ7Z3K5R8X2M4N6P8Q0S2T4V");
        for (String part : token.split("\\.")) {
            String decoded = new String(Base64.getUrlDecoder().decode(part.length() % 4 == 1 ? part + "A" : part),
                    StandardCharsets.ISO_8859_1);
            assertFalse(decoded.contains("@"), decoded);
        }
    }
}
