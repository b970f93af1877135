package example.mentoring.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of text as hex: the stable ids derived from content, and request fingerprints. */
public final class Digests {

    private Digests() {
    }

    /** The whole digest, 64 hex characters. */
    public static String sha256Hex(String text) {
        return sha256Hex(text, 32);
    }

    /** The first {@code bytes} bytes of the digest, as {@code 2 * bytes} hex characters. */
    public static String sha256Hex(String text, int bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
