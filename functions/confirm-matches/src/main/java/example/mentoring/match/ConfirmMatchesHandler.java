package example.mentoring.match;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import example.mentoring.application.Applications;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Setting;
import example.mentoring.aws.Transactions;
import example.mentoring.cohort.Cohorts;
import example.mentoring.log.Log;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.Outbox;
import example.mentoring.priming.Primer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * The confirm-matches function: writes the matches, emails and invitations of runs being
 * confirmed. Woken by a change of a CONFIRMING run (the matching-runs table's stream: a confirm
 * request that answered 202, a worker that paused) and every minute by its schedule (a worker
 * that crashed: its lease runs out); the event itself says nothing it needs, every wake does one
 * pass over the runs being confirmed.
 */
public final class ConfirmMatchesHandler implements RequestStreamHandler {

    /** Stop taking new batches this long before the function's timeout: a batch takes seconds. */
    static final Duration MARGIN = Duration.ofSeconds(60);
    /** Without a context (a test calling the handler), a pass gets this long. */
    static final Duration WITHOUT_CONTEXT = Duration.ofMinutes(5);

    private final AwsClients aws;
    private final ConfirmationWorker worker;

    /** The constructor Lambda calls: the process environment, and priming for SnapStart. */
    public ConfirmMatchesHandler() {
        this(Environment.fromProcess());
        Primer.register(new ConfirmMatchesPriming(this));
    }

    public ConfirmMatchesHandler(Environment environment) {
        this(environment, environment.clock());
    }

    public ConfirmMatchesHandler(Environment environment, Clock clock) {
        AwsClients aws = new AwsClients(environment);
        this.aws = aws;
        Cohorts cohorts = new Cohorts(aws);
        MatchingRuns runs = new MatchingRuns(aws);
        ConfirmationPlanner planner = new ConfirmationPlanner(new Applications(aws), new Matches(aws),
                new Outbox(new Notifications(aws), clock), environment.required(Setting.PROGRAM_NAME),
                environment.required(Setting.PUBLIC_BASE_URL));
        this.worker = new ConfirmationWorker(cohorts, runs, planner, new ParticipantAccounts(aws), new Transactions(aws), clock);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Log.requestId(context == null ? null : context.getAwsRequestId());
        input.transferTo(OutputStream.nullOutputStream());
        worker.resumeAll(timeLeft(context));
        output.write("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static BooleanSupplier timeLeft(Context context) {
        if (context == null) {
            long stopAt = System.nanoTime() + WITHOUT_CONTEXT.toNanos();
            return () -> System.nanoTime() < stopAt;
        }
        return () -> context.getRemainingTimeInMillis() > MARGIN.toMillis();
    }

    /** The SDK clients its requests use: its priming warms these, not clients of its own. */
    AwsClients aws() {
        return aws;
    }
}
