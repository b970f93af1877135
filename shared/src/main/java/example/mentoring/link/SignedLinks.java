package example.mentoring.link;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes and checks link tokens {@code <kid>.<id>.<expires>.<mac>}: the key id, the opaque id
 * (base64url), the expiry in epoch seconds, and an HMAC-SHA256 (base64url) over the purpose and
 * the three parts before it. No email address is ever in a token. Checking is constant-time and
 * answers empty, never throws, for anything that is not a genuine, unexpired token of the purpose.
 */
public final class SignedLinks {

    static final int MAX_TOKEN_LENGTH = 512;
    private static final Pattern SHAPE = Pattern.compile(
            "([A-Za-z0-9_-]{1,64})\\.([A-Za-z0-9_-]{1,200})\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{43})");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SigningKeys keys;
    private final Clock clock;

    public SignedLinks(SigningKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** A token for {@code id}, signed with the current key, valid for the purpose's lifetime. */
    public String sign(LinkPurpose purpose, String id) {
        SigningKey key = keys.current();
        long expires = clock.instant().plus(purpose.lifetime()).getEpochSecond();
        String signed = key.kid() + "." + ENCODER.encodeToString(id.getBytes(StandardCharsets.UTF_8)) + "." + expires;
        return signed + "." + ENCODER.encodeToString(mac(key, purpose, signed));
    }

    /**
     * Starts reading the signing key now if it needs reading, for a request that signs later
     * ({@link SigningKeys#prefetch}); the request closes the answer before it ends.
     */
    public SigningKeys.Prefetch prefetchKey() {
        return keys.prefetch();
    }

    /** The id a genuine, unexpired token of this purpose names; empty for anything else. */
    public Optional<String> verify(LinkPurpose purpose, String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        var parts = SHAPE.matcher(token.strip());
        if (!parts.matches()) {
            return Optional.empty();
        }
        Optional<SigningKey> key = keys.find(parts.group(1));
        if (key.isEmpty()) {
            return Optional.empty();
        }
        byte[] given;
        byte[] id;
        try {
            given = Base64.getUrlDecoder().decode(parts.group(4));
            id = Base64.getUrlDecoder().decode(parts.group(2));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        String signed = parts.group(1) + "." + parts.group(2) + "." + parts.group(3);
        if (!MessageDigest.isEqual(given, mac(key.get(), purpose, signed))) {
            return Optional.empty();
        }
        if (Long.parseLong(parts.group(3)) <= clock.instant().getEpochSecond()) {
            return Optional.empty();
        }
        return Optional.of(new String(id, StandardCharsets.UTF_8));
    }

    private static byte[] mac(SigningKey key, LinkPurpose purpose, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
            return mac.doFinal((purpose.label() + "." + signed).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
