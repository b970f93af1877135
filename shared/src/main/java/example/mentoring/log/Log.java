package example.mentoring.log;

import example.mentoring.json.Json;
import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Structured JSON log lines, one per event, carrying the request id. Callers pass identifiers and
 * counts only: never events, bodies, addresses or demographic data.
 */
public final class Log {

    private static final ThreadLocal<String> REQUEST_ID = ThreadLocal.withInitial(() -> "-");
    private static volatile PrintStream out = System.out;

    private Log() {
    }

    public static void requestId(String requestId) {
        REQUEST_ID.set(requestId == null ? "-" : requestId);
    }

    public static String requestId() {
        return REQUEST_ID.get();
    }

    public static void info(String event, Map<String, ?> fields) {
        write("INFO", event, fields);
    }

    public static void warn(String event, Map<String, ?> fields) {
        write("WARN", event, fields);
    }

    public static void error(String event, Map<String, ?> fields) {
        write("ERROR", event, fields);
    }

    /** Where lines go; tests point it at a buffer to check what is (not) logged. */
    public static void redirect(PrintStream stream) {
        out = stream;
    }

    /** A line as is (already JSON), for {@link Metrics}. */
    static void line(String json) {
        out.println(json);
    }

    private static void write(String level, String event, Map<String, ?> fields) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", Instant.now().toString());
        line.put("level", level);
        line.put("requestId", REQUEST_ID.get());
        line.put("event", event);
        line.putAll(fields);
        try {
            out.println(Json.write(line));
        } catch (RuntimeException e) {
            out.println("{\"level\":\"ERROR\",\"event\":\"log.unwritable\"}");
        }
    }
}
