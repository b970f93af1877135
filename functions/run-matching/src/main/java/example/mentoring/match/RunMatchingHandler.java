package example.mentoring.match;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import example.mentoring.application.Applications;
import example.mentoring.http.Audited;
import example.mentoring.audit.AuditTrail;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Setting;
import example.mentoring.aws.Transactions;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.Cohorts;
import example.mentoring.http.ApiResponse;
import example.mentoring.http.HttpFunction;
import example.mentoring.http.Routes;
import example.mentoring.idempotency.Idempotency;
import example.mentoring.matchengine.MatchingEngine;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.Outbox;
import example.mentoring.priming.Primer;
import example.mentoring.report.MatchesCsv;
import java.time.Clock;
import java.time.Duration;

/** The run-matching function: propose, read and confirm runs; read the matches they made. */
public final class RunMatchingHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, HttpFunction {

    /**
     * How long a confirm request writes before it answers 202 and leaves the rest to the
     * confirm-matches function: a cohort of a few hundred pairs is CONFIRMED within it, and the
     * answer comes well inside API Gateway's 30 seconds.
     */
    static final Duration CONFIRM_IN_REQUEST = Duration.ofSeconds(10);

    private final Routes routes;

    /** The constructor Lambda calls: the process environment, and priming for SnapStart. */
    public RunMatchingHandler() {
        this(Environment.fromProcess());
        Primer.register(new RunMatchingPriming(this));
    }

    public RunMatchingHandler(Environment environment) {
        this(environment, environment.clock());
    }

    public RunMatchingHandler(Environment environment, Clock clock) {
        this(environment, clock, CONFIRM_IN_REQUEST);
    }

    /** With another time for a confirm request to write in (tests: none, so that it answers 202). */
    RunMatchingHandler(Environment environment, Clock clock, Duration confirmInRequest) {
        AwsClients aws = new AwsClients(environment);
        Cohorts cohorts = new Cohorts(aws);
        Applications applications = new Applications(aws);
        MatchingRuns runs = new MatchingRuns(aws);
        Matches matches = new Matches(aws);
        MatchReads reads = new MatchReads(cohorts, matches);
        MatchesCsv matchesCsv = new MatchesCsv(cohorts, matches);
        MatchingRunner runner = new MatchingRunner(cohorts, applications, runs, matches, new MatchingEngine(), clock);
        ConfirmationPlanner planner = new ConfirmationPlanner(applications, matches,
                new Outbox(new Notifications(aws), clock), environment.required(Setting.PROGRAM_NAME),
                environment.required(Setting.PUBLIC_BASE_URL));
        MatchConfirmation confirmation = new MatchConfirmation(cohorts, runs, planner,
                new ConfirmationWorker(cohorts, runs, planner, new ParticipantAccounts(aws), new Transactions(aws), clock),
                clock);
        Idempotency idempotency = new Idempotency(aws, clock);
        Audited audit = new Audited(new AuditTrail(aws), clock);
        this.routes = new Routes()
                .on("POST /cohorts/{cohortId}/matching-runs", idempotency.wrap(request -> {
                    request.caller().requireCoordinator();
                    MatchingRun run = runner.run(CohortId.fromPath(request.pathParameter("cohortId")),
                            RunRequest.of(request.jsonBody(true)));
                    return ApiResponse.created(MatchViews.RunView.of(run)).withHeader("location",
                            "/cohorts/" + run.cohortId() + "/matching-runs/" + run.runId());
                }))
                .on("GET /cohorts/{cohortId}/matching-runs/{runId}", request -> {
                    request.caller().requireCoordinator();
                    return ApiResponse.ok(MatchViews.RunView.of(runner.get(CohortId.fromPath(request.pathParameter("cohortId")), request.pathParameter("runId"))));
                })
                .on("POST /cohorts/{cohortId}/matching-runs/{runId}/confirm", request -> {
                    request.caller().requireCoordinator();
                    long stopAt = System.nanoTime() + confirmInRequest.toNanos();
                    MatchingRun run = confirmation.confirm(CohortId.fromPath(request.pathParameter("cohortId")),
                            request.pathParameter("runId"), () -> System.nanoTime() < stopAt);
                    if (run.status() == MatchingRun.RunStatus.CONFIRMED) {
                        return ApiResponse.ok(MatchViews.RunView.of(run));
                    }
                    // the confirm-matches function goes on with it: poll the run
                    return ApiResponse.json(202, MatchViews.RunView.of(run)).withHeader("location",
                            "/cohorts/" + run.cohortId() + "/matching-runs/" + run.runId());
                })
                .on("GET /cohorts/{cohortId}/matches", audit.exports(request -> {
                    request.caller().requireCoordinator();
                    CohortId id = CohortId.fromPath(request.pathParameter("cohortId"));
                    if (request.wantsCsv()) {
                        return ApiResponse.csv(id.value() + "-matches.csv", matchesCsv.of(id), "ask for JSON, page by page.");
                    }
                    return ApiResponse.ok(reads.ofCohort(id, request.page()));
                }))
                .on("GET /me/matches", request -> ApiResponse.ok(reads.mine(request.caller().requireAuthenticated())));
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
