package example.mentoring.post;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;

/** Strong ETags derived from response bodies, and the {@code If-None-Match} check that uses them. */
public final class ETags {

    private ETags() {
    }

    /** {@code "<base64url(SHA-256(body))>"}, quoted as RFC 9110 requires; equal bodies give equal tags. */
    public static String strong(byte[] body) {
        Objects.requireNonNull(body, "body");
        return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(body)) + '"';
    }

    /**
     * Whether an {@code If-None-Match} header value matches {@code etag}, so a 304 can be sent.
     * Uses the weak comparison RFC 9110 prescribes for this header: {@code W/} prefixes are ignored.
     */
    public static boolean matchesIfNoneMatch(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || etag == null) {
            return false;
        }
        String wanted = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String trimmed = candidate.strip();
            if (trimmed.equals("*") || opaque(trimmed).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must provide SHA-256", e);
        }
    }
}
