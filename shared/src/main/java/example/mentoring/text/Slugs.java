package example.mentoring.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** URL slugs for posts: ASCII, lower-case, dash-separated, at most {@value #MAX_LENGTH} characters. */
public final class Slugs {

    public static final int MAX_LENGTH = 80;
    static final String FALLBACK = "post";

    /** Stops {@link #uniqueSlug} from spinning forever if the predicate says everything is taken. */
    private static final int MAX_ATTEMPTS = 10_000;

    // Letters that are not "base letter + accent", so NFD cannot take them apart.
    private static final Map<Character, String> LETTERS_WITHOUT_DECOMPOSITION = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('ẞ', "ss"),
            Map.entry('æ', "ae"), Map.entry('Æ', "ae"),
            Map.entry('ø', "o"), Map.entry('Ø', "o"),
            Map.entry('œ', "oe"), Map.entry('Œ', "oe"),
            Map.entry('ł', "l"), Map.entry('Ł', "l"),
            Map.entry('đ', "d"), Map.entry('Đ', "d"),
            Map.entry('ð', "d"), Map.entry('Ð', "d"),
            Map.entry('þ', "th"), Map.entry('Þ', "th"),
            Map.entry('ı', "i"), Map.entry('ħ', "h"), Map.entry('Ħ', "h"));

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
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
        StringBuilder replaced = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            replaced.append(LETTERS_WITHOUT_DECOMPOSITION.getOrDefault(c, String.valueOf(c)));
        }
        // NFKD rather than NFD also unfolds compatibility forms such as ligatures and full-width digits.
        String decomposed = Normalizer.normalize(replaced, Normalizer.Form.NFKD);
        String ascii = COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        String dashed = trimDashes(NON_ALPHANUMERIC.matcher(ascii).replaceAll("-"));
        return truncate(dashed, MAX_LENGTH);
    }

    /** {@code base} if free, else the first free of {@code base-2}, {@code base-3}, ... */
    public static String uniqueSlug(String base, Predicate<String> taken) {
        Objects.requireNonNull(taken, "taken");
        String slug = base == null || base.isBlank() ? FALLBACK : base;
        if (!taken.test(slug)) {
            return slug;
        }
        for (int n = 2; n < MAX_ATTEMPTS; n++) {
            String suffix = "-" + n;
            // Keep the numbered slug within MAX_LENGTH by shortening the base, not by dropping the number.
            String candidate = truncate(slug, MAX_LENGTH - suffix.length()) + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free slug for '" + slug + "' after " + MAX_ATTEMPTS + " attempts");
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
