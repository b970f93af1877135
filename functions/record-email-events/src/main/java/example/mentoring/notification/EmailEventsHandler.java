package example.mentoring.notification;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.json.Json;
import example.mentoring.log.Log;
import example.mentoring.priming.Primer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * Records SES bounces and complaints, published by the stack's configuration set to EventBridge,
 * in the suppression list that the sender checks before every email. Logs the event's kind, the
 * feedback id and counts, never an address.
 */
public final class EmailEventsHandler implements RequestStreamHandler {

    private final AwsClients aws;
    private final Suppressions suppressions;

    /** The constructor Lambda calls: the process environment, and priming for SnapStart. */
    public EmailEventsHandler() {
        this(Environment.fromProcess());
        Primer.register(new EmailEventsPriming(this));
    }

    public EmailEventsHandler(Environment environment) {
        this(new AwsClients(environment));
    }

    EmailEventsHandler(AwsClients aws) {
        this.aws = aws;
        this.suppressions = new Suppressions(aws);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Log.requestId(context == null ? null : context.getAwsRequestId());
        EmailFeedback feedback = EmailFeedback.read(Json.parse(input));
        feedback.suppressions().forEach(suppressions::suppress);
        Log.info("email.event", Map.of("detailType", feedback.detailType(),
                "feedbackId", feedback.feedbackId(), "suppressed", feedback.suppressions().size()));
        Json.write(output, Map.of("suppressed", feedback.suppressions().size()));
    }

    /** The SDK clients its requests use: its priming warms these, not clients of its own. */
    AwsClients aws() {
        return aws;
    }
}
