package example.mentoring.meeting;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import example.mentoring.access.CoordinatorDirectory;
import example.mentoring.application.Applications;
import example.mentoring.audit.AuditTrail;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Setting;
import example.mentoring.aws.Transactions;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.Cohorts;
import example.mentoring.http.ApiResponse;
import example.mentoring.http.Audited;
import example.mentoring.http.HttpFunction;
import example.mentoring.http.Routes;
import example.mentoring.idempotency.Idempotency;
import example.mentoring.match.Matches;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.Outbox;
import example.mentoring.priming.Primer;
import example.mentoring.report.EngagementCsv;
import example.mentoring.year.EndForm;
import example.mentoring.year.GoalsForm;
import example.mentoring.year.ProgramYear;
import java.time.Clock;

/**
 * The log-meeting function: the match through its year. Pairs read their match, set its goals, log and
 * read their meetings; either of the pair or a coordinator ends it early; coordinators read the
 * engagement report.
 */
public final class LogMeetingHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, HttpFunction {

    private final AwsClients aws;
    private final Routes routes;

    /** The constructor Lambda calls: the process environment, and priming for SnapStart. */
    public LogMeetingHandler() {
        this(Environment.fromProcess());
        Primer.register(new LogMeetingPriming(this));
    }

    public LogMeetingHandler(Environment environment) {
        this(environment, environment.clock());
    }

    public LogMeetingHandler(Environment environment, Clock clock) {
        this(new AwsClients(environment), clock);
    }

    LogMeetingHandler(AwsClients aws, Clock clock) {
        Environment environment = aws.environment();
        this.aws = aws;
        Matches matches = new Matches(aws);
        Meetings meetings = new Meetings(aws);
        Cohorts cohorts = new Cohorts(aws);
        Transactions transactions = new Transactions(aws);
        MeetingLog log = new MeetingLog(matches, meetings, transactions, clock);
        EngagementReports engagement = new EngagementReports(cohorts, matches, meetings, clock);
        ProgramYear year = new ProgramYear(matches, meetings, new Applications(aws), cohorts,
                new Outbox(new Notifications(aws), clock), transactions, new CoordinatorDirectory(aws),
                new ProgramYear.Settings(environment.required(Setting.PROGRAM_NAME), environment.required(Setting.PUBLIC_BASE_URL)),
                clock);
        Idempotency idempotency = new Idempotency(aws, clock);
        Audited audit = new Audited(new AuditTrail(aws), clock);
        this.routes = new Routes()
                .on("POST /matches/{matchId}/meetings", idempotency.wrap(request -> {
                    Meeting meeting = log.log(request.pathParameter("matchId"), request.caller(),
                            MeetingForm.read(request.jsonBody(false)));
                    return ApiResponse.created(MeetingView.of(meeting));
                }))
                .on("GET /matches/{matchId}/meetings", request -> ApiResponse.ok(
                        log.list(request.pathParameter("matchId"), request.caller(), request.page()).map(MeetingView::of)))
                .on("GET /matches/{matchId}", request -> ApiResponse.ok(
                        year.show(request.pathParameter("matchId"), request.caller())))
                .on("PUT /matches/{matchId}/goals", request -> ApiResponse.ok(
                        year.setGoals(request.pathParameter("matchId"), request.caller(),
                                GoalsForm.read(request.jsonBody(false)))))
                .on("POST /matches/{matchId}/end", request -> ApiResponse.ok(
                        year.end(request.pathParameter("matchId"), request.caller(), EndForm.read(request.jsonBody(false)))))
                .on("GET /cohorts/{cohortId}/engagement", audit.exports(request -> {
                    request.caller().requireCoordinator();
                    CohortId id = CohortId.fromPath(request.pathParameter("cohortId"));
                    EngagementReport report = engagement.of(id);
                    if (request.wantsCsv()) {
                        StringBuilder csv = new StringBuilder();
                        EngagementCsv.write(report, csv);
                        return ApiResponse.csv(id.value() + "-engagement.csv", csv.toString(), "ask for JSON.");
                    }
                    return ApiResponse.ok(report);
                }));
    }

    @Override
    public Routes routes() {
        return routes;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return routes.handle(event);
    }

    /** The SDK clients its requests use: its priming warms these, not clients of its own. */
    AwsClients aws() {
        return aws;
    }
}
