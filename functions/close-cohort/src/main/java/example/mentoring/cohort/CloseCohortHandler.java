package example.mentoring.cohort;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.json.Json;
import example.mentoring.log.Log;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The close-cohort function. Invoked by the cohort's one-time deadline schedule with
 * {@code {"cohortId": "..."}}, and by the periodic sweep with {@code {"sweep": true}}.
 */
public final class CloseCohortHandler implements RequestStreamHandler {

    private final CohortCloser closer;

    public CloseCohortHandler() {
        this(Environment.fromProcess());
    }

    public CloseCohortHandler(Environment environment) {
        this(environment, environment.clock());
    }

    public CloseCohortHandler(Environment environment, Clock clock) {
        this.closer = new CohortCloser(new Cohorts(new AwsClients(environment)), clock);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Log.requestId(context == null ? null : context.getAwsRequestId());
        JsonNode event = Json.MAPPER.readTree(input);
        List<String> closed;
        if (event.path("sweep").asBoolean(false)) {
            closed = closer.closeOverdue().stream().map(CohortId::value).toList();
            Log.info("sweep.done", Map.of("overdue", closed.size()));
        } else {
            String id = event.path("cohortId").asText("");
            if (!CohortId.isValid(id)) {
                // A malformed event is not worth retrying: log it and finish.
                Log.warn("close.ignored", Map.of("reason", "no valid cohortId in the event"));
                closed = List.of();
            } else {
                closed = closeOne(new CohortId(id));
            }
        }
        Json.MAPPER.writeValue(output, Map.of("closed", closed));
    }

    private List<String> closeOne(CohortId id) {
        try {
            return List.of(closer.close(id).id().value());
        } catch (CohortNotFound removed) {
            // The cohort was removed after its schedule was made: nothing to close, nothing to retry.
            Log.warn("close.ignored", Map.of("cohortId", id.value(), "reason", "not-found"));
            return List.of();
        }
    }
}
