package example.mentoring.year;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Setting;
import example.mentoring.aws.Transactions;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.Cohorts;
import example.mentoring.json.Json;
import example.mentoring.log.Log;
import example.mentoring.match.Matches;
import example.mentoring.meeting.Meetings;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.Outbox;
import example.mentoring.priming.Primer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The complete-cohort function: invoked by a cohort's one-time schedule at its year's end with
 * {@code {"cohortId": "..."}}, it completes the cohort's active matches and emails each pair its
 * year in figures ({@link YearEnd}). Safe to fire twice.
 */
public final class CompleteCohortHandler implements RequestStreamHandler {

    private final AwsClients aws;
    private final YearEnd yearEnd;

    /** The constructor Lambda calls: the process environment, and priming for SnapStart. */
    public CompleteCohortHandler() {
        this(Environment.fromProcess());
        Primer.register(new CompleteCohortPriming(this));
    }

    public CompleteCohortHandler(Environment environment) {
        this(environment, environment.clock());
    }

    public CompleteCohortHandler(Environment environment, Clock clock) {
        AwsClients aws = new AwsClients(environment);
        this.aws = aws;
        this.yearEnd = new YearEnd(new Cohorts(aws), new Matches(aws), new Meetings(aws),
                new Outbox(new Notifications(aws), clock), new Transactions(aws),
                environment.required(Setting.PROGRAM_NAME), clock);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Log.requestId(context == null ? null : context.getAwsRequestId());
        JsonNode event = Json.parse(input);
        String id = event.path("cohortId").asText("");
        if (!CohortId.isValid(id)) {
            // A malformed event is not worth retrying: log it and finish.
            Log.warn("year.end.ignored", Map.of("reason", "no valid cohortId in the event"));
            Json.write(output, Map.of("completed", List.of()));
            return;
        }
        YearEnd.Outcome outcome = yearEnd.complete(new CohortId(id));
        Json.write(output, Map.of("cohortId", outcome.cohortId(), "completed", outcome.completed(),
                "cohortCompleted", outcome.cohortCompleted()));
    }

    /** The SDK clients its requests use: its priming warms these, not clients of its own. */
    AwsClients aws() {
        return aws;
    }
}
