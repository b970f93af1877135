package example.mentoring.cohort;

import example.mentoring.text.Slugs;

/** A cohort's id: a lower-case slug such as {@code fall-2026}, at most 56 characters. */
public record CohortId(String value) {

    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final int MAX_LENGTH = 56;

    public CohortId {
        if (value == null || value.length() > MAX_LENGTH || !value.matches(PATTERN)) {
            throw new IllegalArgumentException("not a cohort id");
        }
    }

    public static boolean isValid(String value) {
        return value != null && value.length() <= MAX_LENGTH && value.matches(PATTERN);
    }

    /** The id named in a request's path; one that cannot be a cohort id names no cohort (404). */
    public static CohortId fromPath(String value) {
        if (!isValid(value)) {
            throw new CohortNotFound(value);
        }
        return new CohortId(value);
    }

    /** The default id: the name's slug (folded to ASCII, words joined by dashes), cut to fit. */
    public static String slugOf(String name) {
        String slug = Slugs.fold(name);
        return slug.length() <= MAX_LENGTH ? slug : slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }

    @Override
    public String toString() {
        return value;
    }
}
