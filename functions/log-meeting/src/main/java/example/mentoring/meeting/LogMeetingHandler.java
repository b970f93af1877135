package example.mentoring.meeting;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import example.mentoring.http.Audited;
import example.mentoring.audit.AuditTrail;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Transactions;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.Cohorts;
import example.mentoring.http.ApiResponse;
import example.mentoring.http.HttpFunction;
import example.mentoring.http.Routes;
import example.mentoring.idempotency.Idempotency;
import example.mentoring.match.Matches;
import example.mentoring.priming.Primer;
import example.mentoring.report.EngagementCsv;
import java.time.Clock;

/** The log-meeting function: pairs log and read their meetings; coordinators read the engagement report. */
public final class LogMeetingHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, HttpFunction {

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
        AwsClients aws = new AwsClients(environment);
        Matches matches = new Matches(aws);
        Meetings meetings = new Meetings(aws);
        MeetingLog log = new MeetingLog(matches, meetings, new Transactions(aws), clock);
        EngagementReports engagement = new EngagementReports(new Cohorts(aws), matches, meetings, clock);
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
}
