package example.mentoring.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link Json#write} and {@link Json#parse} against databind configured as the project configured
 * it ({@link Json#mapper()}, which wrote and read everything before): the same text for every kind
 * of value the project writes, the same trees for random documents, the same refusals.
 */
@DisplayName("JSON without databind's introspection")
class JsonWriterTest {

    enum Kind { SCALE, CHOICE { @Override public String toString() { return "choice"; } } }

    record Inner(String a, Integer b) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Sparse(String type, String detail, int status, List<String> errors, Map<String, Integer> counts) {
    }

    record Mixed(String id, Kind kind, Instant at, LocalDate on, OffsetDateTime offset, ZonedDateTime zoned,
                 LocalDateTime local, ZoneId zone, Duration took, URI link, UUID uuid, long big, double ratio,
                 float small, BigDecimal exact, BigInteger huge, boolean flag, Boolean maybe, char letter,
                 @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> options, List<Inner> inners,
                 Map<Kind, Object> byKind, Set<String> tags, int[] numbers, String[] words, JsonNode tree,
                 @JsonUnwrapped Inner flat, Sparse sparse) {
    }

    record WithGetter(String a) {
        public boolean isActive() {
            return true;
        }
    }

    static String reference(Object value) throws JsonProcessingException {
        return Json.mapper().writeValueAsString(value);
    }

    @Test
    @DisplayName("writes records, maps, collections, enums, numbers, java.time values and trees as databind did")
    void writesAsDatabindDid() throws Exception {
        Map<Kind, Object> byKind = new LinkedHashMap<>();
        byKind.put(Kind.CHOICE, Kind.CHOICE);
        byKind.put(Kind.SCALE, null);
        JsonNode tree = Json.mapper().readTree("{\"x\": [1, 2.5, \"é\\u2028\", null, true, {\"y\": 12345678901}],"
                + " \"z\": 123456789012345678901234567890}");
        List<Object> values = new ArrayList<>(List.of(
                new Mixed("a\"b\\c\u0001</script>", Kind.CHOICE, Instant.parse("2027-01-15T06:00:00Z"), LocalDate.of(2027, 3, 15),
                        OffsetDateTime.parse("2027-01-15T00:00:00-06:00"),
                        ZonedDateTime.of(2027, 2, 24, 23, 59, 0, 0, ZoneId.of("America/Chicago")),
                        LocalDateTime.of(2027, 1, 1, 9, 0), ZoneId.of("America/Chicago"), Duration.ofMinutes(90),
                        URI.create("https://example.org/a?b=c"), new UUID(1, 2), 12345678901L, 0.1 + 0.2, 1.5f,
                        new BigDecimal("1.50"), new BigInteger("123456789012345678901234567890"), true, null, 'x',
                        List.of(), List.of(new Inner("i", null), new Inner(null, 3)), byKind,
                        new TreeSet<>(Set.of("b", "a")), new int[] {1, 2}, new String[] {"w", null}, tree,
                        new Inner("flat", 7), new Sparse("t", "", 0, List.of(), Map.of())),
                new Mixed(null, null, Instant.parse("2027-01-15T06:00:00.120Z"), null, null, null, null, null, null, null,
                        null, 0, Double.NaN, 0f, null, null, false, false, ' ', List.of("o"), List.of(), Map.of(), Set.of(),
                        new int[0], new String[0], Json.object(), null, new Sparse(null, "d", 404, List.of("e"), Map.of("k", 1))),
                Map.of("k", List.of(1, 2L, 3.0)), List.of("x", 1, true), "text", 42, -7L, 2.5, true,
                Arrays.asList("a", null), Instant.EPOCH, Kind.SCALE, Duration.ofMillis(-1500), java.time.Period.ofDays(3)));
        for (Object value : values) {
            assertEquals(reference(value), Json.write(value), () -> "writing " + value);
        }
    }

    @Test
    @DisplayName("refuses what databind would have written differently: an Optional, a record with a bean getter")
    void refusesWhatItCannotWriteAlike() {
        assertThrows(JsonProcessingException.class, () -> reference(Optional.of("x")));
        assertThrows(IllegalArgumentException.class, () -> Json.write(Optional.of("x")));
        assertThrows(IllegalArgumentException.class, () -> Json.write(new WithGetter("a")));
        assertThrows(IllegalArgumentException.class, () -> Json.write(new Object()));
    }

    @Test
    @DisplayName("parses 500 random documents into the trees databind built, and writes those trees back alike")
    void parsesAsDatabindDid() throws Exception {
        Random random = new Random(20261201);
        for (int i = 0; i < 500; i++) {
            String document = Json.mapper().writeValueAsString(randomValue(random, 0));
            JsonNode expected = Json.mapper().readTree(document);
            JsonNode parsed = Json.parse(document);
            assertEquals(expected, parsed, document);
            assertEquals(Json.mapper().writeValueAsString(expected), Json.write(parsed), document);
        }
        assertEquals(Json.mapper().readTree("{\"a\": 1, \"a\": 2}"), Json.parse("{\"a\": 1, \"a\": 2}"));
        assertEquals(Json.mapper().readTree("1e400"), Json.parse("1e400"));
        assertEquals(Json.mapper().readTree(" "), Json.parse(" "));
    }

    @Test
    @DisplayName("refuses what databind refused: trailing tokens, nesting past 64, numbers past 1000 digits, broken JSON")
    void refusesAsDatabindDid() {
        for (String bad : List.of("{} {}", "[1] 2", "[".repeat(65) + "]".repeat(65), "1".repeat(1001), "{\"a\":}",
                "{'a': 1}", "[1,]", "{\"a\" 1}", "\"unterminated")) {
            assertThrows(JsonProcessingException.class, () -> Json.mapper().readTree(bad), bad);
            assertThrows(JsonProcessingException.class, () -> Json.parse(bad), bad);
        }
    }

    private static Object randomValue(Random random, int depth) {
        int kind = random.nextInt(depth > 4 ? 6 : 8);
        return switch (kind) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> random.nextInt();
            case 3 -> random.nextLong();
            case 4 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
            case 5 -> randomText(random);
            case 6 -> {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    list.add(randomValue(random, depth + 1));
                }
                yield list;
            }
            default -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    map.put(randomText(random), randomValue(random, depth + 1));
                }
                yield map;
            }
        };
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            text.append((char) (random.nextBoolean() ? 'a' + random.nextInt(26) : random.nextInt(0x3000)));
        }
        return text.toString();
    }
}
