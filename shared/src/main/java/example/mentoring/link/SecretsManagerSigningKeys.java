package example.mentoring.link;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.JsonProtocolClient;
import example.mentoring.aws.SnapshotPhase;
import example.mentoring.aws.Setting;
import example.mentoring.log.Log;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * The signing keys, read from the Secrets Manager secret that {@code LINK_SIGNING_SECRET} names
 * (its ARN or name; the value never is in the environment). Read on first use, not at init and
 * never while priming runs (so no key is in a SnapStart snapshot), in Secrets Manager's JSON
 * protocol ({@link JsonProtocolClient}), and cached: the {@code AWSCURRENT} version signs; it and {@code AWSPREVIOUS} verify,
 * so a link made before a rotation keeps working until the next rotation (or its own expiry). The
 * previous version is read only when a token names a key that is not the current one: signing,
 * and verifying a link of the current key, cost one read. A token naming an unknown key id makes
 * it read the secret again, at most once a minute, so a rotation is picked up without a cold
 * start; and keys older than an hour are read again before use, so an execution environment
 * restored from an old SnapStart snapshot never signs with a retired key.
 */
public final class SecretsManagerSigningKeys implements SigningKeys {

    static final Duration REREAD_AT_MOST_EVERY = Duration.ofMinutes(1);
    static final Duration MAX_AGE = Duration.ofHours(1);
    static final int KID_LENGTH = 8;

    /** What was read at {@code readAt}: the current version, and the previous one once a token needed it. */
    private record Versions(SigningKey current, Optional<Optional<SigningKey>> previous, Instant readAt) {

        Versions withPrevious(Optional<SigningKey> read) {
            return new Versions(current, Optional.of(read), readAt);
        }

        Optional<SigningKey> find(String kid) {
            if (current.kid().equals(kid)) {
                return Optional.of(current);
            }
            return previous.flatMap(p -> p).filter(key -> key.kid().equals(kid));
        }
    }

    private final AwsClients aws;
    private final String secretId;
    private final Clock clock;
    /** Null until first use. */
    private volatile Versions versions;

    public SecretsManagerSigningKeys(AwsClients aws, Clock clock) {
        this.aws = aws;
        this.secretId = aws.environment().required(Setting.LINK_SIGNING_SECRET);
        this.clock = clock;
    }

    @Override
    public SigningKey current() {
        return fresh().current();
    }

    /**
     * On a thread of its own, which the {@link #current()} that follows waits for (both hold this
     * object's lock). Never while priming: no key may be in a SnapStart snapshot.
     */
    @Override
    public Prefetch prefetch() {
        return startPrefetch().<Prefetch>map(thread -> () -> {
            try {
                thread.join();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }).orElse(Prefetch.NONE);
    }

    /** The thread reading the keys, if they needed reading and priming is not running. */
    Optional<Thread> startPrefetch() {
        if (SnapshotPhase.priming() || age(versions).compareTo(MAX_AGE) < 0) {
            return Optional.empty();
        }
        return Optional.of(Thread.ofPlatform().daemon().name("signing-keys").start(() -> {
            try {
                fresh();
            } catch (RuntimeException failed) {
                // the request's own read tries again and reports it
            }
        }));
    }

    @Override
    public Optional<SigningKey> find(String kid) {
        Optional<SigningKey> known = fresh().find(kid);
        if (known.isPresent()) {
            return known;
        }
        synchronized (this) {
            if (versions.previous().isEmpty()) {
                versions = versions.withPrevious(readPrevious());
                known = versions.find(kid);
            }
            if (known.isEmpty() && age(versions).compareTo(REREAD_AT_MOST_EVERY) >= 0) {
                versions = readCurrent().withPrevious(readPrevious());
                Log.info("links.keys.reread", Map.of("currentKid", versions.current().kid()));
                known = versions.find(kid);
            }
            return known;
        }
    }

    private Versions fresh() {
        Versions known = versions;
        if (age(known).compareTo(MAX_AGE) < 0) {
            return known;
        }
        synchronized (this) {
            if (age(versions).compareTo(MAX_AGE) >= 0) {
                versions = readCurrent();
            }
            return versions;
        }
    }

    private Duration age(Versions known) {
        return known == null ? ChronoUnit.FOREVER.getDuration() : Duration.between(known.readAt(), clock.instant());
    }

    private Versions readCurrent() {
        return new Versions(key(version("AWSCURRENT")), Optional.empty(), clock.instant());
    }

    private Optional<SigningKey> readPrevious() {
        try {
            return Optional.of(key(version("AWSPREVIOUS")));
        } catch (JsonProtocolClient.AwsRefusal refusal) {
            if (refusal.type().equals("ResourceNotFoundException")) {
                return Optional.empty(); // never rotated
            }
            throw refusal;
        }
    }

    /** {@code GetSecretValue} of the version at {@code stage}, in Secrets Manager's JSON protocol. */
    private JsonNode version(String stage) {
        return aws.jsonProtocol(JsonProtocolClient.Service.SECRETS_MANAGER)
                .call("GetSecretValue", Map.of("SecretId", secretId, "VersionStage", stage));
    }

    /** The key id is the start of the version id: unique enough among two live versions, and not secret. */
    static SigningKey key(JsonNode version) {
        String versionId = version.path("VersionId").asText().replace("-", "");
        return SigningKey.of(versionId.substring(0, Math.min(KID_LENGTH, versionId.length())), version.path("SecretString").asText(null));
    }
}
