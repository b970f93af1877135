package example.mentoring.log;

import example.mentoring.json.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts published as CloudWatch metrics through the embedded metric format: one JSON log line
 * whose {@code _aws} member tells CloudWatch Logs to extract the named values, so no SDK call and
 * no permission is needed. Namespace {@value #NAMESPACE}, one dimension {@code Service}; the
 * template's alarms watch these metrics.
 */
public final class Metrics {

    public static final String NAMESPACE = "Mentoring";

    private Metrics() {
    }

    /** Emits {@code counts} (metric name to value) for {@code service} at {@code at}. */
    public static void count(String service, Map<String, Integer> counts, Instant at) {
        Log.line(emf(service, counts, "Count", at));
    }

    /** Emits {@code durations} (metric name to whole seconds) for {@code service} at {@code at}. */
    public static void seconds(String service, Map<String, Integer> durations, Instant at) {
        Log.line(emf(service, durations, "Seconds", at));
    }

    static String emf(String service, Map<String, Integer> counts, String unit, Instant at) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("_aws", Map.of(
                "Timestamp", at.toEpochMilli(),
                "CloudWatchMetrics", List.of(Map.of(
                        "Namespace", NAMESPACE,
                        "Dimensions", List.of(List.of("Service")),
                        "Metrics", counts.keySet().stream().map(name -> Map.of("Name", name, "Unit", unit)).toList()))));
        line.put("Service", service);
        line.put("requestId", Log.requestId());
        line.putAll(counts);
        return Json.write(line);
    }
}
