package example.mentoring.notification;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.json.Json;
import example.mentoring.log.Log;
import example.mentoring.notification.email.EmailRenderer;
import example.mentoring.post.Posts;
import example.mentoring.post.PostsForNewsletters;
import example.mentoring.post.Subscriptions;
import example.mentoring.priming.Primer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Map;

/**
 * The notification sender. Woken by the outbox table's stream when entries are written (prompt
 * delivery) and every minute by a schedule (retries after back-off); either way it delivers
 * whatever is due, so the event's content does not matter.
 */
public final class NotificationSenderHandler implements RequestStreamHandler {

    private final AwsClients aws;
    private final NotificationSender sender;

    /** The constructor Lambda calls: the process environment, and priming for SnapStart. */
    public NotificationSenderHandler() {
        this(Environment.fromProcess());
        Primer.register(new NotificationSenderPriming(this));
    }

    public NotificationSenderHandler(Environment environment) {
        this(environment, environment.clock());
    }

    public NotificationSenderHandler(Environment environment, Clock clock) {
        AwsClients aws = new AwsClients(environment);
        this.aws = aws;
        Deliverability deliverability = new Deliverability(new Suppressions(aws), new Subscriptions(aws));
        this.sender = new NotificationSender(new Notifications(aws), deliverability, new SesMailer(aws),
                new EmailRenderer(), new PostsForNewsletters(new Posts(aws)), clock);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Log.requestId(context == null ? null : context.getAwsRequestId());
        input.transferTo(OutputStream.nullOutputStream());
        NotificationSender.Report report = sender.sendDue();
        if (report.sent() + report.retrying() + report.failed() + report.suppressed() > 0) {
            Log.info("notifications.delivered", Map.of("sent", report.sent(), "retrying", report.retrying(),
                    "failed", report.failed(), "suppressed", report.suppressed()));
        }
        Json.write(output, report);
    }

    /** The SDK clients its requests use: its priming warms these, not clients of its own. */
    AwsClients aws() {
        return aws;
    }
}
