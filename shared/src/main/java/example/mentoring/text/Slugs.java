package example.mentoring.text;

import com.anyascii.AnyAscii;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * URL slugs for posts and cohorts: ASCII, lower-case, dash-separated, at most {@value #MAX_LENGTH}
 * characters. Any script is transliterated (AnyAscii: {@code "Straße"} → {@code strasse},
 * {@code "日本語"} → {@code ribenyu}, {@code "Библиотека"} → {@code biblioteka}), so a title in any
 * language gives a readable slug.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 80;
    static final String FALLBACK = "post";

    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /** Slug for a title, e.g. {@code "Ærøskøbing: Straße & Łódź!"} becomes {@code "aeroskobing-strasse-lodz"}. */
    public static String slugify(String title) {
        String slug = fold(title);
        return slug.isEmpty() ? FALLBACK : slug;
    }

    /** The title folded to ASCII words joined by dashes, at most {@link #MAX_LENGTH}; empty when nothing is left. */
    public static String fold(String title) {
        if (title == null) {
            return "";
        }
        String ascii = AnyAscii.transliterate(title).toLowerCase(Locale.ROOT);
        String dashed = trimDashes(NON_ALPHANUMERIC.matcher(ascii).replaceAll("-"));
        return truncate(dashed, MAX_LENGTH);
    }

    /**
     * The {@code n}th slug of a base that is taken ({@code base-2}, {@code base-3}…), still within
     * {@link #MAX_LENGTH}: the base is shortened, never the number.
     */
    public static String numbered(String base, long n) {
        String suffix = "-" + n;
        return truncate(base, MAX_LENGTH - suffix.length()) + suffix;
    }

    /** Cuts at the last dash that fits, so words stay whole; a single over-long word is cut hard. */
    private static String truncate(String slug, int max) {
        if (slug.length() <= max) {
            return slug;
        }
        if (slug.charAt(max) == '-') {
            return trimDashes(slug.substring(0, max));
        }
        String cut = slug.substring(0, max);
        int lastDash = cut.lastIndexOf('-');
        return trimDashes(lastDash > 0 ? cut.substring(0, lastDash) : cut);
    }

    private static String trimDashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
