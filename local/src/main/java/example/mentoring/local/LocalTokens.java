package example.mentoring.local;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues and verifies the local host's bearer tokens, in the shape of Cognito ID tokens, checking
 * what the HTTP API's JWT authorizer checks: signature, issuer, audience ({@code aud}, else
 * {@code client_id}), expiry, not-before and issued-at. As there, the {@code Authorization} header
 * may hold the token alone or prefixed with {@code Bearer }.
 * The verified claims are handed to functions as the authorizer hands them: all as strings, arrays
 * as {@code [a b]}.
 */
public final class LocalTokens {

    static final String ISSUER = "http://localhost:3000/_local";
    static final String AUDIENCE = "local-app-client";
    private static final Duration LIFETIME = Duration.ofHours(12);
    // Local only, never deployed: a fixed key keeps tokens valid across restarts of the host.
    private static final byte[] KEY = "mentoring-local-host-signing-key-never-deployed!".getBytes(StandardCharsets.UTF_8);

    private final Clock clock;

    public LocalTokens(Clock clock) {
        this.clock = clock;
    }

    public String issue(String email, boolean emailVerified, List<String> groups) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(UUID.nameUUIDFromBytes(email.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)).toString())
                .claim("email", email)
                .claim("email_verified", emailVerified)
                .claim("cognito:groups", groups)
                .claim("token_use", "id")
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .build();
        return sign(claims);
    }

    /** Any claims, signed with the local host's key (tests use it to forge tokens the authorizer must refuse). */
    static String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(KEY));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a valid {@code Authorization} header value, or empty. */
    public Optional<Map<String, String>> verify(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return Optional.empty();
        }
        String token = authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7) : authorization;
        try {
            SignedJWT jwt = SignedJWT.parse(token.strip());
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(KEY))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date now = Date.from(clock.instant());
            List<String> audience = claims.getAudience().isEmpty() && claims.getClaim("client_id") != null
                    ? List.of(String.valueOf(claims.getClaim("client_id"))) : claims.getAudience();
            if (!ISSUER.equals(claims.getIssuer()) || !audience.contains(AUDIENCE)
                    || claims.getExpirationTime() == null || !now.before(claims.getExpirationTime())
                    || (claims.getNotBeforeTime() != null && now.before(claims.getNotBeforeTime()))
                    || (claims.getIssueTime() != null && now.before(claims.getIssueTime()))) {
                return Optional.empty();
            }
            Map<String, String> asAuthorizerGivesThem = new LinkedHashMap<>();
            claims.getClaims().forEach((name, value) -> asAuthorizerGivesThem.put(name, authorizerString(value)));
            return Optional.of(asAuthorizerGivesThem);
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }

    private static String authorizerString(Object value) {
        if (value instanceof List<?> list) {
            return "[" + String.join(" ", list.stream().map(String::valueOf).toList()) + "]";
        }
        if (value instanceof Date date) {
            return Long.toString(date.toInstant().getEpochSecond());
        }
        return String.valueOf(value);
    }
}
