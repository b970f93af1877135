package example.mentoring.link;

import java.nio.charset.StandardCharsets;

/** One version of the signing secret: its key id (from the secret's version) and its bytes. */
public record SigningKey(String kid, byte[] secret) {

    static final int MIN_SECRET_BYTES = 32;

    public SigningKey {
        if (kid == null || !kid.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("A key id is 1-64 URL-safe characters");
        }
        if (secret == null || secret.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("The link signing secret must have at least " + MIN_SECRET_BYTES + " bytes");
        }
        secret = secret.clone();
    }

    public static SigningKey of(String kid, String secret) {
        return new SigningKey(kid, secret == null ? null : secret.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    @Override
    public String toString() {
        return "SigningKey[kid=" + kid + "]";
    }
}
