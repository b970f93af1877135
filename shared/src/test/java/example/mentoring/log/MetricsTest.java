package example.mentoring.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Counts are one embedded-metric-format line that CloudWatch turns into metrics")
class MetricsTest {

    @Test
    @DisplayName("the _aws directive names namespace, dimension and each metric; the values sit at the root")
    void emf() throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("NotificationsFailed", 2);
        counts.put("NotificationsSuppressed", 0);
        JsonNode line = new ObjectMapper().readTree(Metrics.emf("notifications", counts, "Count", Instant.ofEpochMilli(1_800_000_000_000L)));

        JsonNode directive = line.path("_aws").path("CloudWatchMetrics").get(0);
        assertEquals(1_800_000_000_000L, line.path("_aws").path("Timestamp").asLong());
        assertEquals("Mentoring", directive.path("Namespace").asText());
        assertEquals("[[\"Service\"]]", directive.path("Dimensions").toString());
        assertEquals("NotificationsFailed", directive.path("Metrics").get(0).path("Name").asText());
        assertEquals("Count", directive.path("Metrics").get(0).path("Unit").asText());
        assertEquals("NotificationsSuppressed", directive.path("Metrics").get(1).path("Name").asText());
        assertEquals("notifications", line.path("Service").asText());
        assertEquals(2, line.path("NotificationsFailed").asInt());
        assertEquals(0, line.path("NotificationsSuppressed").asInt());
    }
}
