package example.mentoring.meeting;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Setting;
import example.mentoring.aws.Transactions;
import example.mentoring.cohort.Cohorts;
import example.mentoring.json.Json;
import example.mentoring.log.Log;
import example.mentoring.match.Matches;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.Outbox;
import example.mentoring.priming.Primer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Map;

/** The weekly schedule's function: nudge every pair that has not met in 45 days (at most fortnightly). */
public final class NudgeQuietPairsHandler implements RequestStreamHandler {

    private final AwsClients aws;
    private final QuietPairNudger nudger;

    /** The constructor Lambda calls: the process environment, and priming for SnapStart. */
    public NudgeQuietPairsHandler() {
        this(Environment.fromProcess());
        Primer.register(new NudgeQuietPairsPriming(this));
    }

    public NudgeQuietPairsHandler(Environment environment) {
        this(environment, environment.clock());
    }

    public NudgeQuietPairsHandler(Environment environment, Clock clock) {
        AwsClients aws = new AwsClients(environment);
        this.aws = aws;
        this.nudger = new QuietPairNudger(new Cohorts(aws), new Matches(aws), new Meetings(aws),
                new Outbox(new Notifications(aws), clock), new Transactions(aws), environment.required(Setting.PROGRAM_NAME),
                environment.required(Setting.PUBLIC_BASE_URL), clock);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Log.requestId(context == null ? null : context.getAwsRequestId());
        input.transferTo(OutputStream.nullOutputStream());
        Json.write(output, Map.of("nudged", nudger.nudgeQuietPairs()));
    }

    /** The SDK clients its requests use: its priming warms these, not clients of its own. */
    AwsClients aws() {
        return aws;
    }
}
