package example.mentoring.http;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.outcome.FieldError;
import example.mentoring.outcome.Invalid;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The one validation mechanism: reads the fields of a JSON object, collecting every failure with
 * its JSON pointer instead of stopping at the first, then {@link #validate()} throws one 422 that
 * names them all. Strings are trimmed; unknown fields are refused.
 */
public final class JsonFields {

    private final JsonNode node;
    private final String pointer;
    private final List<FieldError> errors;

    private JsonFields(JsonNode node, String pointer, List<FieldError> errors) {
        this.node = node;
        this.pointer = pointer;
        this.errors = errors;
    }

    /** Starts reading a request body; a body that is not an object is one error at the root. */
    public static JsonFields of(JsonNode body) {
        JsonFields fields = new JsonFields(body, "", new ArrayList<>());
        if (!body.isObject()) {
            fields.fail("", "must be a JSON object");
        }
        return fields;
    }

    public void fail(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    private String at(String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    private Optional<JsonNode> present(String name) {
        if (!node.isObject()) {
            return Optional.empty();
        }
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    /** Refuses any field not in {@code known}. */
    public JsonFields onlyFields(Collection<String> known) {
        if (node.isObject()) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!known.contains(name)) {
                    fail(at(name), "is not a known field");
                }
            }
        }
        return this;
    }

    public Optional<String> optionalString(String name, int minLength, int maxLength) {
        Optional<JsonNode> value = present(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().isTextual()) {
            fail(at(name), "must be a string");
            return Optional.empty();
        }
        String text = value.get().asText().strip();
        if (!wellFormed(text)) {
            fail(at(name), "must be valid Unicode text (no unpaired surrogates)");
            return Optional.empty();
        }
        int length = text.codePointCount(0, text.length());
        if (length < minLength || length > maxLength) {
            fail(at(name), minLength == maxLength ? "must have " + minLength + " characters"
                    : "must have " + minLength + " to " + maxLength + " characters");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    public String requiredString(String name, int minLength, int maxLength) {
        return required(name, optionalString(name, minLength, maxLength));
    }

    public Optional<String> optionalPattern(String name, String regex, String description, int maxLength) {
        Optional<String> text = optionalString(name, 1, maxLength);
        if (text.isPresent() && !text.get().matches(regex)) {
            fail(at(name), "must be " + description);
            return Optional.empty();
        }
        return text;
    }

    public Optional<Integer> optionalInt(String name, int min, int max) {
        Optional<JsonNode> value = present(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().canConvertToExactIntegral() || !value.get().canConvertToInt()
                || value.get().asInt() < min || value.get().asInt() > max) {
            fail(at(name), "must be a whole number from " + min + " to " + max);
            return Optional.empty();
        }
        return Optional.of(value.get().asInt());
    }

    public Integer requiredInt(String name, int min, int max) {
        return required(name, optionalInt(name, min, max));
    }

    public Optional<Boolean> optionalBoolean(String name) {
        Optional<JsonNode> value = present(name);
        if (value.isPresent() && !value.get().isBoolean()) {
            fail(at(name), "must be true or false");
            return Optional.empty();
        }
        return value.map(JsonNode::booleanValue);
    }

    /** Whether every surrogate is half of a pair: text DynamoDB, SES and UTF-8 can carry. */
    static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Years as RFC 3339 writes them, four digits: beyond them date arithmetic overflows. */
    private static <T> T fourDigitYear(T value, int year) {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year " + year);
        }
        return value;
    }

    /** An instant written with an offset, e.g. {@code 2017-02-24T23:59:59-06:00}. */
    public Optional<Instant> optionalInstant(String name) {
        return optionalParsed(name, text -> {
            OffsetDateTime parsed = OffsetDateTime.parse(text);
            return fourDigitYear(parsed, parsed.getYear()).toInstant();
        }, "must be a date and time with an offset, e.g. 2017-02-24T23:59:59-06:00");
    }

    public Instant requiredInstant(String name) {
        return required(name, optionalInstant(name));
    }

    public Optional<LocalDate> optionalDate(String name) {
        return optionalParsed(name, text -> {
            LocalDate parsed = LocalDate.parse(text);
            return fourDigitYear(parsed, parsed.getYear());
        }, "must be a date, YYYY-MM-DD");
    }

    public LocalDate requiredDate(String name) {
        return required(name, optionalDate(name));
    }

    /** One of {@code allowed}, compared exactly (enumerations are case-sensitive). */
    public Optional<String> optionalEnum(String name, Set<String> allowed) {
        return optionalParsed(name, text -> {
            if (!allowed.contains(text)) {
                throw new IllegalArgumentException();
            }
            return text;
        }, "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
    }

    public String requiredEnum(String name, Set<String> allowed) {
        return required(name, optionalEnum(name, allowed));
    }

    /**
     * A list of distinct values from {@code allowed}, {@code min} to {@code max} long; each bad
     * element is reported at its own pointer ({@code /interests/2}).
     */
    public List<String> optionalEnumList(String name, Collection<String> allowed, int min, int max) {
        return distinctList(name, min, max, text -> allowed.contains(text),
                "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
    }

    /**
     * A list of {@code min} to {@code max} distinct strings, each 1 to {@code maxLength} characters;
     * each bad element is reported at its own pointer.
     */
    public List<String> optionalStringList(String name, int min, int max, int maxLength) {
        if (present(name).isEmpty()) {
            return List.of(); // optional whatever min says: min bounds a list that is given
        }
        return distinctList(name, min, max,
                text -> !text.isEmpty() && wellFormed(text) && text.codePointCount(0, text.length()) <= maxLength,
                "must be text of 1 to " + maxLength + " characters");
    }

    /** Whether the object has the field at all (null counts as absent). */
    public boolean has(String name) {
        return present(name).isPresent();
    }

    /** The names of the object's fields, in order (for objects keyed by data, e.g. answers by question id). */
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /** A list of at most {@code max} distinct strings, each matching {@code regex}; each bad element reported at its pointer. */
    public List<String> optionalPatternList(String name, String regex, String description, int maxLength, int max) {
        return distinctList(name, 0, max, text -> text.length() <= maxLength && text.matches(regex), "must be " + description);
    }

    /**
     * The one reading of a list of distinct strings: absent is empty ({@code min} above 0 makes it
     * required), a non-list or a size outside {@code min}–{@code max} fails the field, and each
     * element that is not text {@code admits} or is listed twice fails at its own pointer.
     */
    private List<String> distinctList(String name, int min, int max, java.util.function.Predicate<String> admits, String message) {
        Optional<JsonNode> value = present(name);
        if (value.isEmpty()) {
            if (min > 0) {
                fail(at(name), "is required");
            }
            return List.of();
        }
        if (!value.get().isArray()) {
            fail(at(name), "must be a list");
            return List.of();
        }
        if (value.get().size() < min || value.get().size() > max) {
            fail(at(name), "must list " + min + " to " + max + " values");
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < value.get().size(); i++) {
            JsonNode element = value.get().get(i);
            String text = element.isTextual() ? element.asText().strip() : null;
            if (text == null || !admits.test(text)) {
                fail(at(name) + "/" + i, message);
            } else if (values.contains(text)) {
                fail(at(name) + "/" + i, "is listed twice");
            } else {
                values.add(text);
            }
        }
        return values;
    }

    public List<String> requiredEnumList(String name, Collection<String> allowed, int min, int max) {
        return optionalEnumList(name, allowed, Math.max(1, min), max);
    }

    private <T> Optional<T> optionalParsed(String name, Function<String, T> parser, String message) {
        Optional<JsonNode> value = present(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().isTextual()) {
            fail(at(name), message);
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(value.get().asText().strip()));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            fail(at(name), message);
            return Optional.empty();
        }
    }

    private <T> T required(String name, Optional<T> value) {
        if (value.isEmpty() && present(name).isEmpty()) {
            fail(at(name), "is required");
        }
        return value.orElse(null);
    }

    /** A nested object, read with the same error list. */
    public Optional<JsonFields> optionalObject(String name) {
        Optional<JsonNode> value = present(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().isObject()) {
            fail(at(name), "must be an object");
            return Optional.empty();
        }
        return Optional.of(new JsonFields(value.get(), at(name), errors));
    }

    /** A list of objects, each read with the same error list at its own pointer. */
    public List<JsonFields> optionalObjectList(String name) {
        Optional<JsonNode> value = present(name);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!value.get().isArray()) {
            fail(at(name), "must be a list");
            return List.of();
        }
        List<JsonFields> elements = new ArrayList<>();
        for (int i = 0; i < value.get().size(); i++) {
            JsonNode element = value.get().get(i);
            if (!element.isObject()) {
                fail(at(name) + "/" + i, "must be an object");
            } else {
                elements.add(new JsonFields(element, at(name) + "/" + i, errors));
            }
        }
        return elements;
    }

    /** Records a rule that spans fields, e.g. one date before another. */
    public void check(boolean holds, String field, String message) {
        if (!holds) {
            fail(pointer + field, message);
        }
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** Throws one 422 naming every failing field, if any failed. */
    public void validate() {
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
    }
}
