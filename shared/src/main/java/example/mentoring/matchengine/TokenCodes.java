package example.mentoring.matchengine;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns normalised strings into small ints (and sets of strings into bit masks) so that scoring a pair is a
 * handful of integer operations instead of string comparisons. Unknown values are numbered as they appear.
 */
final class TokenCodes {
    private final Map<String, Integer> codes = new HashMap<>();

    /** Code of a present value, or a code never handed out before for a missing one (so it equals nothing). */
    int codeOrUnique(String normalised) {
        if (normalised == null) {
            return fresh();
        }
        return codes.computeIfAbsent(normalised, k -> codes.size());
    }

    /** Code of a present value, or -1 for a missing one. */
    int codeOrMissing(String normalised) {
        return normalised == null ? -1 : codes.computeIfAbsent(normalised, k -> codes.size());
    }

    private int fresh() {
        String unique = "\u0000missing#" + codes.size();
        codes.put(unique, codes.size());
        return codes.get(unique);
    }

    int size() {
        return codes.size();
    }

    /** Registers every token first so that the mask width is known before any mask is written. */
    void registerAll(List<String> normalisedTokens) {
        for (String token : normalisedTokens) {
            codeOrMissing(token);
        }
    }

    void writeMask(List<String> normalisedTokens, long[] masks, int offset) {
        for (String token : normalisedTokens) {
            int code = codes.get(token);
            masks[offset + (code >>> 6)] |= 1L << (code & 63);
        }
    }

    static int words(int tokens) {
        return Math.max(1, (tokens + 63) >>> 6);
    }

    static String upper(String value) {
        return value == null || value.isBlank() ? null : value.trim().toUpperCase(Locale.ROOT);
    }

    static String lower(String value) {
        return value == null || value.isBlank() ? null : value.trim().toLowerCase(Locale.ROOT);
    }

    /** Institutions compare ignoring case and spacing: "Springfield  Public Library " = "springfield public library". */
    static String institution(String value) {
        String lower = lower(value);
        return lower == null ? null : lower.replaceAll("\\s+", " ");
    }
}
