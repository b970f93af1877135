package example.mentoring.link;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Setting;
import example.mentoring.log.Log;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * The signing keys, read from the Secrets Manager secret that {@code LINK_SIGNING_SECRET} names
 * (its ARN or name; the value never is in the environment). Read once at init and cached: the
 * {@code AWSCURRENT} version signs; it and {@code AWSPREVIOUS} verify, so a link made before a
 * rotation keeps working until the next rotation (or its own expiry). A token naming an unknown
 * key id makes it read the secret again, at most once a minute, so a rotation is picked up
 * without a cold start; and keys older than an hour are read again before use, so an execution
 * environment restored from an old SnapStart snapshot never signs with a retired key.
 */
public final class SecretsManagerSigningKeys implements SigningKeys {

    static final Duration REREAD_AT_MOST_EVERY = Duration.ofMinutes(1);
    static final Duration MAX_AGE = Duration.ofHours(1);
    static final int KID_LENGTH = 8;

    private record Versions(SigningKey current, Optional<SigningKey> previous, Instant readAt) {
    }

    private final SecretsManagerClient secrets;
    private final String secretId;
    private final Clock clock;
    private volatile Versions versions;

    public SecretsManagerSigningKeys(AwsClients aws, Clock clock) {
        this.secrets = aws.secretsManager();
        this.secretId = aws.environment().required(Setting.LINK_SIGNING_SECRET);
        this.clock = clock;
        this.versions = read();
    }

    @Override
    public SigningKey current() {
        return fresh().current();
    }

    @Override
    public Optional<SigningKey> find(String kid) {
        Optional<SigningKey> known = among(fresh(), kid);
        if (known.isPresent()) {
            return known;
        }
        synchronized (this) {
            if (age(versions).compareTo(REREAD_AT_MOST_EVERY) >= 0) {
                versions = read();
                Log.info("links.keys.reread", Map.of("currentKid", versions.current().kid()));
            }
            return among(versions, kid);
        }
    }

    private Versions fresh() {
        Versions known = versions;
        if (age(known).compareTo(MAX_AGE) < 0) {
            return known;
        }
        synchronized (this) {
            if (age(versions).compareTo(MAX_AGE) >= 0) {
                versions = read();
            }
            return versions;
        }
    }

    private Duration age(Versions known) {
        return Duration.between(known.readAt(), clock.instant());
    }

    private static Optional<SigningKey> among(Versions versions, String kid) {
        if (versions.current().kid().equals(kid)) {
            return Optional.of(versions.current());
        }
        return versions.previous().filter(key -> key.kid().equals(kid));
    }

    private Versions read() {
        SigningKey current = key(secrets.getSecretValue(r -> r.secretId(secretId).versionStage("AWSCURRENT")));
        Optional<SigningKey> previous;
        try {
            previous = Optional.of(key(secrets.getSecretValue(r -> r.secretId(secretId).versionStage("AWSPREVIOUS"))));
        } catch (ResourceNotFoundException neverRotated) {
            previous = Optional.empty();
        }
        return new Versions(current, previous, clock.instant());
    }

    /** The key id is the start of the version id: unique enough among two live versions, and not secret. */
    static SigningKey key(GetSecretValueResponse version) {
        String versionId = version.versionId().replace("-", "");
        return SigningKey.of(versionId.substring(0, Math.min(KID_LENGTH, versionId.length())), version.secretString());
    }
}
