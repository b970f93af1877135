package example.mentoring.post;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed unsubscribe tokens: the address and an HMAC-SHA256 of it, so an unsubscribe link works
 * without a login and cannot be forged for someone else's address.
 */
public final class UnsubscribeTokens {

    private final byte[] key;

    public UnsubscribeTokens(String signingKey) {
        if (signingKey == null || signingKey.length() < 16) {
            throw new IllegalStateException("The unsubscribe signing key must have at least 16 characters");
        }
        this.key = signingKey.getBytes(StandardCharsets.UTF_8);
    }

    public String tokenFor(String email) {
        String normalized = email.toLowerCase(Locale.ROOT);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(normalized.getBytes(StandardCharsets.UTF_8)) + "." + base64.encodeToString(mac(normalized));
    }

    /** The address a genuine token names. */
    public Optional<String> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.strip().split("\\.");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            String email = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            byte[] signature = Base64.getUrlDecoder().decode(parts[1]);
            return MessageDigest.isEqual(signature, mac(email)) ? Optional.of(email) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private byte[] mac(String email) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(("unsubscribe:" + email).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
