package example.mentoring.checkin;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Setting;
import example.mentoring.aws.Transactions;
import example.mentoring.cohort.Cohorts;
import example.mentoring.http.PathIds;
import example.mentoring.json.Json;
import example.mentoring.link.SecretsManagerSigningKeys;
import example.mentoring.link.SignedLinks;
import example.mentoring.log.Log;
import example.mentoring.match.Match;
import example.mentoring.match.Matches;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.Outbox;
import example.mentoring.priming.Primer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The send-check-in function. Invoked by a check-in's one-time schedule with
 * {@code {"checkInId": "..."}}: records one email per participant of an active match in the
 * outbox, each with its personal link. Firing twice sends nothing twice.
 */
public final class SendCheckInHandler implements RequestStreamHandler {

    private final CheckInDelivery delivery;

    /** The constructor Lambda calls: the process environment, and priming for SnapStart. */
    public SendCheckInHandler() {
        this(Environment.fromProcess());
        Primer.register(new SendCheckInPriming(this));
    }

    public SendCheckInHandler(Environment environment) {
        this(environment, environment.clock());
    }

    public SendCheckInHandler(Environment environment, Clock clock) {
        AwsClients aws = new AwsClients(environment);
        CheckInLinks links = new CheckInLinks(new SignedLinks(new SecretsManagerSigningKeys(aws, clock), clock),
                environment.required(Setting.PUBLIC_BASE_URL));
        this.delivery = new CheckInDelivery(new CheckIns(aws), new Cohorts(aws), new Matches(aws),
                Match::isActive, new Outbox(new Notifications(aws), clock), new Transactions(aws), links,
                environment.required(Setting.PROGRAM_NAME), clock);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Log.requestId(context == null ? null : context.getAwsRequestId());
        JsonNode event = Json.parse(input);
        String checkInId = event.path("checkInId").asText("");
        Optional<Integer> recipients = Optional.empty();
        if (!PathIds.shape("checkInId").orElseThrow().admits(checkInId)) {
            // A malformed event is not worth retrying: log it and finish.
            Log.warn("check-in.ignored", Map.of("reason", "no valid checkInId in the event"));
        } else {
            recipients = delivery.send(checkInId);
            if (recipients.isEmpty()) {
                // Removed after its schedule was made (its creation was undone): nothing to send, nothing to retry.
                Log.warn("check-in.ignored", Map.of("checkInId", checkInId, "reason", "not-found"));
            }
        }
        Json.write(output, Map.of("recipients", recipients.orElse(0)));
    }
}
