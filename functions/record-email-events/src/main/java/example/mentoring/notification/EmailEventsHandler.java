package example.mentoring.notification;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.json.Json;
import example.mentoring.log.Log;
import example.mentoring.notification.Suppressions.Suppression;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Records SES bounces and complaints, published by the stack's configuration set to EventBridge,
 * in the suppression list that the sender checks before every email. Logs the event's kind, the
 * feedback id and counts, never an address.
 */
public final class EmailEventsHandler implements RequestStreamHandler {

    private final Suppressions suppressions;

    public EmailEventsHandler() {
        this(Environment.fromProcess());
    }

    public EmailEventsHandler(Environment environment) {
        this.suppressions = new Suppressions(new AwsClients(environment));
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Log.requestId(context == null ? null : context.getAwsRequestId());
        JsonNode event = Json.MAPPER.readTree(input);
        List<Suppression> found = EmailFeedback.suppressions(event);
        found.forEach(suppressions::suppress);
        Log.info("email.event", Map.of("detailType", event.path("detail-type").asText(),
                "feedbackId", found.isEmpty() ? "-" : found.getFirst().feedbackId(), "suppressed", found.size()));
        Json.MAPPER.writeValue(output, Map.of("suppressed", found.size()));
    }
}
