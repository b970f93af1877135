package example.mentoring.http;

import example.mentoring.cohort.CohortId;
import example.mentoring.text.Slugs;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one shape of each id a path can carry, checked by {@link ApiRequest#pathParameter} before
 * any handler (and so any DynamoDB call) sees the value. A value of another shape cannot name a
 * resource, so it is a 404 like any unknown id. openapi.yaml declares the same patterns and lengths.
 */
public final class PathIds {

    /** A ULID as generated here: 26 upper-case Crockford base-32 characters. */
    static final String ULID = "^[0-9A-HJKMNP-TV-Z]{26}$";

    /** How one path parameter may look. */
    public record Shape(Pattern pattern, int maxLength) {
        Shape(String regex, int maxLength) {
            this(Pattern.compile(regex), maxLength);
        }

        public boolean admits(String value) {
            return value != null && value.length() <= maxLength && pattern.matcher(value).matches();
        }
    }

    /** Every path parameter of the API by name (a route's parameter missing here fails the build's tests). */
    public static final Map<String, Shape> SHAPES = Map.of(
            "cohortId", new Shape(CohortId.PATTERN, CohortId.MAX_LENGTH),
            "applicationId", new Shape(ULID, 26),
            "runId", new Shape(ULID, 26),
            "checkInId", new Shape(ULID, 26),
            // "m" and 24 hex digits of a digest (ConfirmationPlanner.matchIdOf).
            "matchId", new Shape("^m[0-9a-f]{24}$", 25),
            // A post's slug (GET) or its id, "p" and a lower-case ULID (edit, publish).
            "post", new Shape("^[a-z0-9]+(-[a-z0-9]+)*$", Slugs.MAX_LENGTH),
            // The outbox's ids: a kind and the ids it was derived from, e.g. ack-01HZX…, intro-m3f1…-mentor.
            "notificationId", new Shape("^[A-Za-z0-9][A-Za-z0-9_-]*$", 200),
            // A person's email address, as sent or percent-encoded ('@' as %40); PersonEmail checks it.
            "email", new Shape("^[^/\\s]*(@|%40)[^/\\s]*$", 3 * 254));

    private PathIds() {
    }

    public static Optional<Shape> shape(String parameter) {
        return Optional.ofNullable(SHAPES.get(parameter));
    }
}
