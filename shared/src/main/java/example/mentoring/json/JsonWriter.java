package example.mentoring.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the project's values as JSON with Jackson's streaming generator, exactly as the project's
 * Jackson configuration wrote them ({@code JsonWriterTest} compares the two), without databind's
 * serializer introspection: records in component order with null properties left out (and
 * {@code @JsonInclude(NON_EMPTY)}, {@code @JsonUnwrapped} where a record asks for them), maps in
 * their order without null values, enums by name, {@code java.time} values as ISO-8601 text, and
 * {@link JsonNode} trees as they are. A record with bean-style getters beside its components, an
 * {@link Optional} or any other type is refused: Jackson would have written something this does not.
 *
 * <p>Why: databind's first serialisation loads and introspects ~500 classes, 100–200 ms of every
 * function's cold start; this writer needs a few (README, Cold start).
 */
final class JsonWriter {

    /** Each record type's properties, found once. */
    private static final Map<Class<?>, List<Property>> PROPERTIES = new ConcurrentHashMap<>();

    private JsonWriter() {
    }

    /** One property of a record: its name, its accessor, and what it leaves out. */
    private record Property(String name, Method accessor, JsonInclude.Include include, boolean unwrapped) {
    }

    static void write(JsonGenerator out, Object value) throws IOException {
        switch (value) {
            case null -> out.writeNull();
            case JsonNode node -> writeTree(out, node);
            case CharSequence text -> out.writeString(text.toString());
            case Boolean bool -> out.writeBoolean(bool);
            case Integer number -> out.writeNumber(number);
            case Long number -> out.writeNumber(number);
            case Short number -> out.writeNumber(number);
            case Byte number -> out.writeNumber(number);
            case Double number -> out.writeNumber(number);
            case Float number -> out.writeNumber(number);
            case BigDecimal number -> out.writeNumber(number);
            case BigInteger number -> out.writeNumber(number);
            case Character character -> out.writeString(character.toString());
            case Enum<?> constant -> out.writeString(constant.name());
            case Instant instant -> out.writeString(DateTimeFormatter.ISO_INSTANT.format(instant));
            case LocalDate date -> out.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format(date));
            case LocalDateTime time -> out.writeString(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time));
            case LocalTime time -> out.writeString(DateTimeFormatter.ISO_LOCAL_TIME.format(time));
            case OffsetDateTime time -> out.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
            case ZonedDateTime time -> out.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
            case ZoneId zone -> out.writeString(zone.getId());
            // as databind's WRITE_DURATIONS_AS_TIMESTAMPS (on by default): seconds, with nine decimals
            case Duration duration -> out.writeNumber(BigDecimal.valueOf(duration.getSeconds())
                    .add(BigDecimal.valueOf(duration.getNano(), 9)));
            case Period period -> out.writeString(period.toString());
            case URI uri -> out.writeString(uri.toString());
            case UUID uuid -> out.writeString(uuid.toString());
            case Map<?, ?> map -> {
                out.writeStartObject();
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (entry.getValue() != null) {
                        out.writeFieldName(key(entry.getKey()));
                        write(out, entry.getValue());
                    }
                }
                out.writeEndObject();
            }
            case Collection<?> items -> writeArray(out, items.iterator());
            case Record record -> {
                out.writeStartObject();
                writeProperties(out, record);
                out.writeEndObject();
            }
            case Object[] items -> writeArray(out, Arrays.asList(items).iterator());
            default -> {
                if (value.getClass().isArray()) {
                    out.writeStartArray();
                    for (int i = 0; i < Array.getLength(value); i++) {
                        write(out, Array.get(value, i));
                    }
                    out.writeEndArray();
                } else {
                    throw new IllegalArgumentException("Cannot write a " + value.getClass().getName() + " as JSON");
                }
            }
        }
    }

    private static String key(Object key) {
        return key instanceof Enum<?> constant ? constant.name() : String.valueOf(key);
    }

    private static void writeArray(JsonGenerator out, Iterator<?> items) throws IOException {
        out.writeStartArray();
        while (items.hasNext()) {
            write(out, items.next());
        }
        out.writeEndArray();
    }

    private static void writeProperties(JsonGenerator out, Record record) throws IOException {
        for (Property property : PROPERTIES.computeIfAbsent(record.getClass(), JsonWriter::properties)) {
            Object value;
            try {
                value = property.accessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + property.name() + " of " + record.getClass().getName(), e);
            }
            if (property.unwrapped() && value instanceof Record inner) {
                writeProperties(out, inner);
            } else if (!leftOut(value, property.include())) {
                out.writeFieldName(property.name());
                write(out, value);
            }
        }
    }

    private static boolean leftOut(Object value, JsonInclude.Include include) {
        if (value == null) {
            return true;
        }
        if (include != JsonInclude.Include.NON_EMPTY) {
            return false;
        }
        return value instanceof CharSequence text && text.isEmpty()
                || value instanceof Collection<?> items && items.isEmpty()
                || value instanceof Map<?, ?> map && map.isEmpty()
                || value.getClass().isArray() && Array.getLength(value) == 0;
    }

    private static List<Property> properties(Class<?> type) {
        List<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        for (Method method : type.getMethods()) {
            if (!Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 0
                    && method.getDeclaringClass() == type && isBeanGetter(method.getName(), method.getReturnType())
                    && !components.contains(method.getName())) {
                throw new IllegalArgumentException(type.getName() + "." + method.getName()
                        + "() would be a JSON property too: write a view record without it");
            }
        }
        JsonInclude classInclude = type.getAnnotation(JsonInclude.class);
        return Arrays.stream(type.getRecordComponents()).map(component -> {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            JsonInclude include = accessor.getAnnotation(JsonInclude.class);
            JsonInclude.Include rule = include != null ? include.value()
                    : classInclude != null ? classInclude.value() : JsonInclude.Include.NON_NULL;
            if (rule != JsonInclude.Include.NON_NULL && rule != JsonInclude.Include.NON_EMPTY) {
                throw new IllegalArgumentException(type.getName() + "." + component.getName() + ": @JsonInclude(" + rule
                        + ") is not supported");
            }
            return new Property(component.getName(), accessor, rule, accessor.isAnnotationPresent(JsonUnwrapped.class));
        }).toList();
    }

    private static boolean isBeanGetter(String name, Class<?> returns) {
        return name.length() > 3 && name.startsWith("get") && Character.isUpperCase(name.charAt(3)) && returns != void.class
                || name.length() > 2 && name.startsWith("is") && Character.isUpperCase(name.charAt(2)) && returns == boolean.class;
    }

    private static void writeTree(JsonGenerator out, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.writeStartObject();
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (!field.getValue().isMissingNode()) {
                        out.writeFieldName(field.getKey());
                        writeTree(out, field.getValue());
                    }
                }
                out.writeEndObject();
            }
            case ARRAY -> {
                out.writeStartArray();
                for (JsonNode element : node) {
                    writeTree(out, element);
                }
                out.writeEndArray();
            }
            case STRING -> out.writeString(node.textValue());
            case BOOLEAN -> out.writeBoolean(node.booleanValue());
            case NUMBER -> {
                switch (node.numberType()) {
                    case INT -> out.writeNumber(node.intValue());
                    case LONG -> out.writeNumber(node.longValue());
                    case BIG_INTEGER -> out.writeNumber(node.bigIntegerValue());
                    case FLOAT -> out.writeNumber(node.floatValue());
                    case DOUBLE -> out.writeNumber(node.doubleValue());
                    case BIG_DECIMAL -> out.writeNumber(node.decimalValue());
                }
            }
            case NULL -> out.writeNull();
            case POJO -> write(out, ((com.fasterxml.jackson.databind.node.POJONode) node).getPojo());
            case BINARY -> out.writeBinary(node.binaryValue());
            case MISSING -> {
                // nothing: a missing node has no JSON
            }
        }
    }
}
