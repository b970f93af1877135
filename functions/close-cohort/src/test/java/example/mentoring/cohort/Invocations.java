package example.mentoring.cohort;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.emulator.EventFixtures;
import example.mentoring.json.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The close-cohort function invoked as its schedules invoke it, with its answer read back. */
final class Invocations {

    private Invocations() {
    }

    static JsonNode invoke(CloseCohortHandler handler, String payload) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(payload.getBytes(StandardCharsets.UTF_8)), out, null);
        return Json.parseBody(out.toString(StandardCharsets.UTF_8));
    }

    /** The 15-minute sweep's event ({@code events/close-cohort/overdue-sweep.json}). */
    static JsonNode sweep(CloseCohortHandler handler) throws IOException {
        return invoke(handler, EventFixtures.json("close-cohort/overdue-sweep.json"));
    }
}
