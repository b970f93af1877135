package example.mentoring.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import example.mentoring.json.Json;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The hostile values {@link HostileInputIT} sends, by where they go: path ids, query values, headers,
 * whole bodies, and one body field as its schema describes it. Body values are raw JSON bytes, so
 * that invalid UTF-8 and lone-surrogate escapes can be sent as they are.
 */
final class HostileValues {

    static final String MARKUP = "<script>alert(1)</script><img src=x onerror=alert(1)>";
    /** A field's value meaning: leave the field out. */
    static final byte[] REMOVE = new byte[0];
    private static final String HOLE = "@@HOSTILE@@";

    private HostileValues() {
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static Map<String, String> pathValues(String seed) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("3000 bytes", "a".repeat(3000));
        values.put("chunk suffix", seed + "%230000");
        values.put("markup", encode(MARKUP));
        values.put("non-BMP", encode("\uD83D\uDE00".repeat(20)));
        values.put("CRLF", seed + "%0D%0ABcc:x");
        values.put("NUL", seed + "%00");
        values.put("invalid UTF-8", "%FF%FE" + seed);
        values.put("upper case", encode(seed.toUpperCase(Locale.ROOT)));
        values.put("dot-dot", "%2E%2E");
        values.put("slash", seed + "%2Fx");
        values.put("space", seed + "%20");
        return values;
    }

    static Map<String, String> queryValues(String name, String otherListsToken) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("empty", "");
        values.put("-1", "-1");
        values.put("0", "0");
        values.put("101", "101");
        values.put("1e400", "1e400");
        values.put("1001 digits", "9".repeat(1001));
        values.put("markup", encode(MARKUP));
        values.put("non-BMP", encode("\uD83D\uDE00".repeat(10)));
        values.put("CRLF", "a%0D%0Ab");
        values.put("invalid UTF-8", "%FF%FE");
        values.put("5000 bytes", "A".repeat(5000));
        values.put("twice", "1&" + name + "=2");
        if (name.equals("nextToken")) {
            values.put("forged key", b64("{\"Foo\":{\"S\":\"x\"}}"));
            values.put("forged old-style key", b64("{\"cohortId\":{\"S\":\"" + "x".repeat(3000) + "\"}}"));
            values.put("forged nested", b64("[".repeat(200) + "]".repeat(200)));
            values.put("forged number", b64("{\"q\":\"0\",\"k\":{\"n\":{\"N\":\"" + "9".repeat(1001) + "\"}}}"));
            values.put("another list's token", otherListsToken);
            values.put("not base64", "!!!");
        }
        return values;
    }

    static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, String> headerValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("3000 bytes", "a".repeat(3000));
        values.put("markup", MARKUP);
        values.put("star", "*");
        values.put("commas", ",,,");
        values.put("empty-ish", " ");
        return values;
    }

    static Map<String, byte[]> wholeBodies(String seed) {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("200-deep array", utf8("[".repeat(200) + "]".repeat(200)));
        bodies.put("200-deep object", utf8("{\"a\":".repeat(200) + "1" + "}".repeat(200)));
        bodies.put("1001-digit number", utf8("{\"n\": " + "9".repeat(1001) + "}"));
        bodies.put("invalid UTF-8", concat(utf8("{\"name\": \""), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}, utf8("\"}")));
        bodies.put("over 64 KiB", utf8("{\"pad\": \"" + "a".repeat(70_000) + "\"}"));
        bodies.put("empty", new byte[0]);
        bodies.put("null", utf8("null"));
        bodies.put("array", utf8("[]"));
        bodies.put("string", utf8("\"x\""));
        bodies.put("number", utf8("123"));
        bodies.put("truncated", utf8(seed.substring(0, seed.length() / 2)));
        bodies.put("markup", utf8("<xml>" + MARKUP + "</xml>"));
        bodies.put("byte order mark", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(seed)));
        bodies.put("trailing garbage", utf8(seed + " }{"));
        bodies.put("unknown field", utf8(seed.strip().startsWith("{") && seed.strip().length() > 2
                ? "{\"unknownField\": 1, " + seed.strip().substring(1) : "{\"unknownField\": 1}"));
        return bodies;
    }

    /** What one field is set to, as raw JSON bytes ({@link #REMOVE}: the field left out). */
    static Map<String, byte[]> valuesFor(JsonNode schema, JsonNode seed) {
        String seedText = seed.isTextual() ? seed.asText() : seed.isMissingNode() || seed.isNull() ? "x" : seed.toString();
        Map<String, byte[]> values = new LinkedHashMap<>();
        values.put("removed", REMOVE);
        values.put("null", utf8("null"));
        values.put("object", utf8("{}"));
        values.put("array", utf8("[]"));
        values.put("true", utf8("true"));
        values.put("number", utf8("12345"));
        values.put("markup", json(seedText + MARKUP));
        values.put("CRLF", json(seedText + "\r\nBcc: victim@example.org"));
        String type = schema.path("type").asText();
        switch (type) {
            case "integer", "number" -> {
                values.put("0", utf8("0"));
                values.put("-1", utf8("-1"));
                values.put("2^31", utf8("2147483648"));
                values.put("-2^31-1", utf8("-2147483649"));
                values.put("2^63", utf8("9223372036854775808"));
                values.put("999 digits", utf8("9".repeat(999)));
                values.put("1e400", utf8("1e400"));
                values.put("-1e400", utf8("-1e400"));
                values.put("1e-400", utf8("1e-400"));
                values.put("1.5", utf8("1.5"));
                values.put("-0", utf8("-0.0"));
                values.put("string number", utf8("\"12\""));
            }
            case "boolean" -> {
                values.put("string", utf8("\"true\""));
                values.put("1", utf8("1"));
            }
            case "array" -> {
                values.put("string", utf8("\"x\""));
                values.put("[null]", utf8("[null]"));
                values.put("[{}]", utf8("[{}]"));
                values.put("nested", utf8("[[[[[]]]]]"));
                values.put("500 elements", utf8("[" + String.join(",", Collections.nCopies(500, seed.isArray() && !seed.isEmpty()
                        ? seed.get(0).toString() : "\"x\"")) + "]"));
                if (seed.isArray() && !seed.isEmpty()) {
                    values.put("duplicate", utf8("[" + seed.get(0) + "," + seed.get(0) + "]"));
                }
            }
            case "object" -> {
                values.put("string", utf8("\"x\""));
                values.put("unknown field", utf8("{\"unknownField\": 1}"));
            }
            default -> {
                int max = schema.path("maxLength").asInt(200);
                values.put("empty", json(""));
                values.put("blank", json("   "));
                values.put("one over maxLength", json("a".repeat(max + 1)));
                values.put("60000 chars", json("a".repeat(60_000)));
                values.put("non-BMP", json("\uD83D\uDE00".repeat(Math.min(max, 2000))));
                values.put("lone surrogate", utf8("\"\\ud800x\""));
                values.put("NUL", utf8("\"a\\u0000b\""));
                values.put("invalid UTF-8", new byte[] {'"', (byte) 0xC3, 0x28, (byte) 0xFF, '"'});
                values.put("chunk suffix", json(seedText + "#0000"));
                if (schema.has("enum")) {
                    values.put("lower-case enum", json(schema.path("enum").get(0).asText().toLowerCase(Locale.ROOT)));
                    values.put("unknown enum", json("NOPE"));
                }
                switch (schema.path("format").asText()) {
                    case "date" -> {
                        values.put("Feb 30", json("2027-02-30"));
                        values.put("year 999999999", json("+999999999-12-31"));
                        values.put("year -999999999", json("-999999999-01-01"));
                    }
                    case "date-time" -> {
                        values.put("month 13", json("2027-13-01T00:00:00Z"));
                        values.put("year 999999999", json("+999999999-12-31T23:59:59Z"));
                        values.put("year -999999999", json("-999999999-01-01T00:00:00Z"));
                        values.put("offset +25", json("2027-01-01T00:00:00+25:00"));
                    }
                    case "email" -> {
                        values.put("markup address", json(MARKUP + "@example.org"));
                        values.put("CRLF address", json("a@example.org\r\nBcc: c@example.org"));
                        values.put("long address", json("x".repeat(300) + "@example.org"));
                    }
                    default -> { }
                }
            }
        }
        return values;
    }

    static byte[] withValue(JsonNode seed, String pointer, byte[] value) {
        JsonNode copy = seed.isObject() ? seed.deepCopy() : Json.mapper().createObjectNode();
        String[] tokens = pointer.substring(1).split("/");
        JsonNode parent = copy;
        for (int i = 0; i < tokens.length - 1; i++) {
            JsonNode child = parent.isArray() ? parent.get(Integer.parseInt(tokens[i])) : parent.get(tokens[i]);
            boolean nextIsIndex = tokens[i + 1].matches("\\d+");
            if (child == null || !(child.isObject() || child.isArray()) || nextIsIndex && !child.isArray()
                    || !nextIsIndex && !child.isObject()) {
                child = nextIsIndex ? Json.mapper().createArrayNode() : Json.mapper().createObjectNode();
                set(parent, tokens[i], child);
            }
            parent = child;
        }
        String last = tokens[tokens.length - 1];
        if (value == REMOVE) {
            if (parent.isObject()) {
                ((ObjectNode) parent).remove(last);
            } else if (parent.size() > Integer.parseInt(last)) {
                ((ArrayNode) parent).remove(Integer.parseInt(last));
            }
            return utf8(Json.write(copy));
        }
        set(parent, last, Json.mapper().getNodeFactory().textNode(HOLE));
        String text = Json.write(copy);
        int at = text.indexOf("\"" + HOLE + "\"");
        return concat(utf8(text.substring(0, at)), value, utf8(text.substring(at + HOLE.length() + 2)));
    }

    static void set(JsonNode parent, String token, JsonNode value) {
        if (parent.isObject()) {
            ((ObjectNode) parent).set(token, value);
        } else {
            var array = (ArrayNode) parent;
            int index = Integer.parseInt(token);
            if (index < array.size()) {
                array.set(index, value);
            } else {
                array.add(value);
            }
        }
    }

    static byte[] json(String text) {
        return utf8(Json.write(text));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
