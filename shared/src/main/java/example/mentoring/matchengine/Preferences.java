package example.mentoring.matchengine;

import java.util.Locale;

/**
 * What a mentee asked for. Values are upper-case strings so the records map 1:1 onto the API's JSON.
 *
 * @param region        {@code SAME}, {@code DIFFERENT} or {@code ANY}
 * @param gender        {@code SAME} or {@code ANY}
 * @param raceEthnicity {@code SHARED} or {@code ANY}
 */
public record Preferences(String region, String gender, String raceEthnicity) {
    public static final String ANY = "ANY";
    public static final String SAME = "SAME";
    public static final String DIFFERENT = "DIFFERENT";
    public static final String SHARED = "SHARED";

    public static final Preferences DEFAULT = new Preferences(ANY, ANY, ANY);

    public Preferences {
        region = normalise(region, "region", ANY, SAME, DIFFERENT);
        gender = normalise(gender, "gender", ANY, SAME);
        raceEthnicity = normalise(raceEthnicity, "raceEthnicity", ANY, SHARED);
    }

    private static String normalise(String value, String field, String... allowed) {
        if (value == null || value.isBlank()) {
            return ANY;
        }
        String upper = value.trim().toUpperCase(Locale.ROOT);
        for (String candidate : allowed) {
            if (candidate.equals(upper)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("preference " + field + " must be one of "
                + String.join("|", allowed) + " but was " + value);
    }
}
