package example.mentoring.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Setting;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Moto.class)
@DisplayName("Link signing keys come from Secrets Manager and survive a rotation")
class SecretsManagerSigningKeysIT {

    MutableClock clock = new MutableClock(Instant.parse("2027-02-01T12:00:00Z"));
    AwsClients aws;
    String secretId;

    @BeforeEach
    void setUp(EmulatedStack stack) {
        Environment environment = Environment.of(stack.environmentOf("PublishPostFunction"));
        aws = new AwsClients(environment);
        secretId = environment.required(Setting.LINK_SIGNING_SECRET);
    }

    void rotate() {
        aws.secretsManager().putSecretValue(r -> r.secretId(secretId).secretString(EmulatedStack.randomSecret()));
    }

    @Test
    @DisplayName("the environment names the secret, never holds its value")
    void environmentHoldsNoKey(EmulatedStack stack) {
        String value = aws.secretsManager().getSecretValue(r -> r.secretId(secretId)).secretString();
        assertTrue(value.length() >= 32);
        for (var function : stack.template().functions()) {
            assertTrue(stack.environmentOf(function).values().stream().noneMatch(v -> v.contains(value)
                    || v.contains("resolve:secretsmanager")), function.logicalId());
        }
    }

    @Test
    @DisplayName("after a rotation an old link still verifies, new links use the new key id; two rotations retire it")
    void rotation() {
        SignedLinks links = new SignedLinks(new SecretsManagerSigningKeys(aws, clock), clock);
        String before = links.sign(LinkPurpose.UNSUBSCRIBE, "s1");
        String oldKid = before.split("\\.")[0];

        rotate();
        // a cold start after the rotation: signs with the new version, honours the previous one
        SignedLinks fresh = new SignedLinks(new SecretsManagerSigningKeys(aws, clock), clock);
        String after = fresh.sign(LinkPurpose.UNSUBSCRIBE, "s1");
        assertNotEquals(oldKid, after.split("\\.")[0]);
        assertEquals(Optional.of("s1"), fresh.verify(LinkPurpose.UNSUBSCRIBE, before), "the grace period");

        // a warm function meets a token of the new key: it re-reads the secret (at most once a minute)
        assertEquals(Optional.empty(), links.verify(LinkPurpose.UNSUBSCRIBE, after), "within the minute, no re-read");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(Optional.of("s1"), links.verify(LinkPurpose.UNSUBSCRIBE, after));
        assertEquals(after.split("\\.")[0], links.sign(LinkPurpose.UNSUBSCRIBE, "s1").split("\\.")[0]);
        assertEquals(Optional.of("s1"), links.verify(LinkPurpose.UNSUBSCRIBE, before));

        // a warm (or restored) instance never signs with keys read more than an hour ago
        SignedLinks warm = new SignedLinks(new SecretsManagerSigningKeys(aws, clock), clock);
        rotate();
        assertEquals(after.split("\\.")[0], warm.sign(LinkPurpose.UNSUBSCRIBE, "s1").split("\\.")[0], "cached");
        clock.advance(Duration.ofHours(1));
        String rotatedAgain = warm.sign(LinkPurpose.UNSUBSCRIBE, "s1").split("\\.")[0];
        assertNotEquals(after.split("\\.")[0], rotatedAgain, "re-read after an hour");

        SignedLinks later = new SignedLinks(new SecretsManagerSigningKeys(aws, clock), clock);
        assertEquals(Optional.of("s1"), later.verify(LinkPurpose.UNSUBSCRIBE, after));
        assertEquals(Optional.empty(), later.verify(LinkPurpose.UNSUBSCRIBE, before), "two rotations later");
    }
}
