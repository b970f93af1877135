package example.mentoring.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Setting;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.FaultProxy;
import example.mentoring.emulator.FaultyMoto;
import example.mentoring.emulator.Operation;
import example.mentoring.emulator.MutableClock;
import java.time.Duration;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import org.junit.jupiter.api.AfterEach;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import example.mentoring.priming.Primer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FaultyMoto.class)
@DisplayName("Link signing keys come from Secrets Manager and survive a rotation")
class SecretsManagerSigningKeysIT {

    MutableClock clock = new MutableClock(Instant.parse("2027-02-01T12:00:00Z"));
    AwsClients aws;
    String secretId;
    FaultProxy proxy;
    SecretsManagerClient secrets;

    @BeforeEach
    void setUp(EmulatedStack stack, FaultProxy proxy) {
        this.proxy = proxy;
        this.secrets = stack.secretsManager();
        Environment environment = Environment.of(stack.environmentOf("PublishPostFunction"));
        aws = new AwsClients(environment);
        secretId = environment.required(Setting.LINK_SIGNING_SECRET);
    }

    @AfterEach
    void close() {
        secrets.close();
    }

    void rotate() {
        secrets.putSecretValue(r -> r.secretId(secretId).secretString(EmulatedStack.randomSecret()));
    }

    @Test
    @DisplayName("the environment names the secret, never holds its value")
    void environmentHoldsNoKey(EmulatedStack stack) {
        String value = secrets.getSecretValue(r -> r.secretId(secretId)).secretString();
        assertTrue(value.length() >= 32);
        for (var function : stack.template().functions()) {
            assertTrue(stack.environmentOf(function).values().stream().noneMatch(v -> v.contains(value)
                    || v.contains("resolve:secretsmanager")), function.logicalId());
        }
    }

    @Test
    @DisplayName("building the keys reads nothing (no key in a SnapStart snapshot): the first use reads the secret")
    void readOnFirstUse() {
        SecretsManagerSigningKeys keys = new SecretsManagerSigningKeys(aws, clock);
        rotate(); // after construction, before first use: the first use must see it
        assertEquals(secrets.getSecretValue(r -> r.secretId(secretId)).versionId().replace("-", "")
                .substring(0, SecretsManagerSigningKeys.KID_LENGTH), keys.current().kid());
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
        warm.sign(LinkPurpose.UNSUBSCRIBE, "s1"); // warm: its first use read the keys (never its construction)
        rotate();
        assertEquals(after.split("\\.")[0], warm.sign(LinkPurpose.UNSUBSCRIBE, "s1").split("\\.")[0], "cached");
        clock.advance(Duration.ofHours(1));
        String rotatedAgain = warm.sign(LinkPurpose.UNSUBSCRIBE, "s1").split("\\.")[0];
        assertNotEquals(after.split("\\.")[0], rotatedAgain, "re-read after an hour");

        SignedLinks later = new SignedLinks(new SecretsManagerSigningKeys(aws, clock), clock);
        assertEquals(Optional.of("s1"), later.verify(LinkPurpose.UNSUBSCRIBE, after));
        assertEquals(Optional.empty(), later.verify(LinkPurpose.UNSUBSCRIBE, before), "two rotations later");
    }

    @Test
    @DisplayName("signing, and verifying a link of the current key, read one version; a link of the previous key reads it once")
    void readsThePreviousVersionOnlyWhenALinkNeedsIt() {
        SignedLinks links = new SignedLinks(new SecretsManagerSigningKeys(aws, clock), clock);
        String before = links.sign(LinkPurpose.UNSUBSCRIBE, "s1");
        rotate();
        Operation read = Operation.target("secretsmanager.GetSecretValue");
        int readsBefore = proxy.calls(read);

        SignedLinks fresh = new SignedLinks(new SecretsManagerSigningKeys(aws, clock), clock);
        String after = fresh.sign(LinkPurpose.UNSUBSCRIBE, "s1");
        assertEquals(Optional.of("s1"), fresh.verify(LinkPurpose.UNSUBSCRIBE, after));
        assertEquals(readsBefore + 1, proxy.calls(read), "the current version only");

        assertEquals(Optional.of("s1"), fresh.verify(LinkPurpose.UNSUBSCRIBE, before));
        assertEquals(Optional.of("s1"), fresh.verify(LinkPurpose.UNSUBSCRIBE, before));
        assertEquals(Optional.empty(), fresh.verify(LinkPurpose.UNSUBSCRIBE, "00000000." + after.split("\\.", 2)[1]));
        assertEquals(readsBefore + 2, proxy.calls(read), "the previous version once; an unknown key within the minute reads nothing");
    }

    @Test
    @DisplayName("a prefetch reads the current version once, for the signing that follows; while priming it reads nothing")
    void prefetch() throws Exception {
        Operation read = Operation.target("secretsmanager.GetSecretValue");
        SecretsManagerSigningKeys keys = new SecretsManagerSigningKeys(aws, clock);
        List<Optional<Thread>> whilePriming = new ArrayList<>();
        new Primer() {
            @Override
            public void prime() {
                whilePriming.add(keys.startPrefetch());
            }
        }.beforeCheckpoint(null);
        assertEquals(List.of(Optional.empty()), whilePriming, "no key may be in a snapshot");

        int readsBefore = proxy.calls(read);
        try (SigningKeys.Prefetch started = keys.prefetch()) {
            assertNotEquals(SigningKeys.Prefetch.NONE, started, "stale keys: a read starts");
        }
        assertEquals(readsBefore + 1, proxy.calls(read), "closing the prefetch waited for its read");
        new SignedLinks(keys, clock).sign(LinkPurpose.UNSUBSCRIBE, "s1");
        assertTrue(keys.startPrefetch().isEmpty(), "fresh keys need no prefetch");
        assertEquals(readsBefore + 1, proxy.calls(read), "the signing used the prefetched key");
    }
}
