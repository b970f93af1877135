package example.mentoring.cohort;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.access.CoordinatorDirectory;
import example.mentoring.application.Applications;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Setting;
import example.mentoring.aws.Transactions;
import example.mentoring.json.Json;
import example.mentoring.link.SecretsManagerSigningKeys;
import example.mentoring.link.SignedLinks;
import example.mentoring.log.Log;
import example.mentoring.match.CarryOver;
import example.mentoring.match.Matches;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.Outbox;
import example.mentoring.post.MarkdownRenderer;
import example.mentoring.post.MentorShortfallCheck;
import example.mentoring.post.PostLinks;
import example.mentoring.post.PostRendering;
import example.mentoring.post.Posts;
import example.mentoring.priming.Primer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The close-cohort function. Invoked by the cohort's one-time deadline schedule with
 * {@code {"cohortId": "..."}}, and by the periodic sweep with {@code {"sweep": true}}, which also
 * runs the mentor shortfall check of cohorts whose deadline is a week away and finishes any
 * wait-list carry-over whose creating request stopped before all its invitations were written.
 */
public final class CloseCohortHandler implements RequestStreamHandler {

    private final AwsClients aws;
    private final CohortCloser closer;
    private final MentorShortfallCheck shortfall;
    private final CarryOver carryOver;

    /** The constructor Lambda calls: the process environment, and priming for SnapStart. */
    public CloseCohortHandler() {
        this(Environment.fromProcess());
        Primer.register(new CloseCohortPriming(this));
    }

    public CloseCohortHandler(Environment environment) {
        this(environment, environment.clock());
    }

    public CloseCohortHandler(Environment environment, Clock clock) {
        AwsClients aws = new AwsClients(environment);
        this.aws = aws;
        Cohorts cohorts = new Cohorts(aws);
        this.closer = new CohortCloser(cohorts, clock);
        this.shortfall = new MentorShortfallCheck(cohorts, new Posts(aws), new PostRendering(new MarkdownRenderer()),
                new PostLinks(environment.required(Setting.PUBLIC_BASE_URL), environment.required(Setting.API_BASE_URL)),
                new CoordinatorDirectory(aws), new Outbox(new Notifications(aws), clock), new Transactions(aws),
                environment.required(Setting.PROGRAM_NAME), clock);
        this.carryOver = new CarryOver(cohorts, new Applications(aws), new Matches(aws), new Outbox(new Notifications(aws), clock),
                new Transactions(aws), new SignedLinks(new SecretsManagerSigningKeys(aws, clock), clock),
                environment.required(Setting.PUBLIC_BASE_URL), environment.required(Setting.PROGRAM_NAME), clock);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Log.requestId(context == null ? null : context.getAwsRequestId());
        JsonNode event = Json.parse(input);
        List<String> closed;
        List<String> shortOfMentors = List.of();
        List<String> carriedOver = List.of();
        if (event.path("sweep").asBoolean(false)) {
            closed = closer.closeOverdue().stream().map(CohortId::value).toList();
            shortOfMentors = shortfall.checkDue().stream().map(c -> c.id().value()).toList();
            carriedOver = carryOver.resumePending().stream().map(CohortId::value).toList();
            Log.info("sweep.done", Map.of("overdue", closed.size(), "shortOfMentors", shortOfMentors.size(),
                    "carryOversFinished", carriedOver.size()));
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
        Json.write(output, Map.of("closed", closed, "shortOfMentors", shortOfMentors, "carryOversFinished", carriedOver));
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

    /** The SDK clients its requests use: its priming warms these, not clients of its own. */
    AwsClients aws() {
        return aws;
    }
}
