package example.mentoring.cohort;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import example.mentoring.application.ApplicationNotFound;
import example.mentoring.application.ApplicationView;
import example.mentoring.application.Applications;
import example.mentoring.application.Vocabulary;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Setting;
import example.mentoring.aws.Transactions;
import example.mentoring.http.ApiResponse;
import example.mentoring.http.Routes;
import example.mentoring.idempotency.Idempotency;
import example.mentoring.match.CohortSummary;
import example.mentoring.match.Matches;
import example.mentoring.match.MatchingRuns;
import example.mentoring.outcome.Invalid;
import example.mentoring.post.ApplicationsOpenDraft;
import example.mentoring.post.MarkdownRenderer;
import example.mentoring.post.PostLinks;
import example.mentoring.post.PostRendering;
import example.mentoring.post.Posts;
import example.mentoring.priming.Primer;
import example.mentoring.report.ApplicationsCsv;
import example.mentoring.report.CohortDemographics;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The cohort admin function: create, list, read and close cohorts, and report on them, over the HTTP API. */
public final class CohortAdminHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final Routes routes;

    /** The constructor Lambda calls: the process environment, and priming for SnapStart. */
    public CohortAdminHandler() {
        this(Environment.fromProcess());
        Primer.register(new CohortAdminPriming(this, Environment.fromProcess()));
    }

    public CohortAdminHandler(Environment environment) {
        this(environment, environment.clock());
    }

    public CohortAdminHandler(Environment environment, Clock clock) {
        AwsClients aws = new AwsClients(environment);
        Cohorts cohorts = new Cohorts(aws);
        CohortCatalog catalog = new CohortCatalog(cohorts, new CloseSchedules(aws), new Transactions(aws), clock);
        ApplicationsOpenDraft drafts = new ApplicationsOpenDraft(new Posts(aws), new PostRendering(new MarkdownRenderer()),
                new PostLinks(environment.required(Setting.PUBLIC_BASE_URL), environment.required(Setting.API_BASE_URL)),
                environment.required(Setting.PROGRAM_NAME), clock);
        CohortCloser closer = new CohortCloser(cohorts, clock);
        Applications applications = new Applications(aws);
        MatchingRuns runs = new MatchingRuns(aws);
        Idempotency idempotency = new Idempotency(aws, clock);
        CohortDemographics demographics = new CohortDemographics(applications, new Matches(aws));
        ApplicationsCsv applicationsCsv = new ApplicationsCsv(applications);
        this.routes = new Routes()
                .on("POST /cohorts", idempotency.wrap(request -> {
                    String coordinator = request.caller().requireCoordinator().email().orElseThrow();
                    Cohort cohort = catalog.create(NewCohort.from(request.jsonBody(false), clock.instant(), cohorts.programTimeZone()),
                            drafts.by(coordinator));
                    return ApiResponse.created(CohortView.of(cohort, clock.instant()))
                            .withHeader("location", "/cohorts/" + cohort.id());
                }))
                .on("GET /cohorts", request -> ApiResponse.ok(
                        catalog.list(request.page()).map(cohort -> CohortView.of(cohort, clock.instant()))))
                .on("GET /cohorts/{cohortId}", request -> ApiResponse.ok(
                        CohortView.of(catalog.get(CohortId.fromPath(request.pathParameter("cohortId"))), clock.instant())))
                .on("POST /cohorts/{cohortId}/close", request -> {
                    request.caller().requireCoordinator();
                    return ApiResponse.ok(CohortView.of(closer.close(CohortId.fromPath(request.pathParameter("cohortId"))), clock.instant()));
                })
                .on("GET /cohorts/{cohortId}/summary", request -> {
                    request.caller().requireCoordinator();
                    Cohort cohort = catalog.get(CohortId.fromPath(request.pathParameter("cohortId")));
                    return ApiResponse.ok(CohortSummary.of(cohort, runs.headers(cohort.id().value()), clock.instant()));
                })
                // Issue 15 wants every read of demographics in an audit trail (who, when, what): there
                // is no audit trail yet; when it lands, this route records its read there.
                .on("GET /cohorts/{cohortId}/demographics", request -> {
                    request.caller().requireCoordinator();
                    return ApiResponse.ok(demographics.of(catalog.get(CohortId.fromPath(request.pathParameter("cohortId")))));
                })
                .on("GET /cohorts/{cohortId}/applications", request -> {
                    request.caller().requireCoordinator();
                    CohortId id = catalog.get(CohortId.fromPath(request.pathParameter("cohortId"))).id();
                    Optional<String> role = request.query("role").filter(r -> !r.isBlank());
                    if (role.isPresent() && !Vocabulary.ROLES.contains(role.get())) {
                        throw Invalid.field("role", "must be MENTOR or MENTEE");
                    }
                    if (request.wantsCsv()) {
                        // Issue 15 wants every export in an audit trail: there is none yet (see the demographics route).
                        StringBuilder csv = new StringBuilder();
                        applicationsCsv.write(id.value(), role, csv);
                        return ApiResponse.csv(id.value() + "-applications.csv", csv.toString(),
                                "export one role at a time (?role=MENTOR, ?role=MENTEE).");
                    }
                    return ApiResponse.ok(applications.list(id.value(), role, request.page()).map(ApplicationView::of));
                })
                .on("GET /cohorts/{cohortId}/applications/{applicationId}", request -> {
                    request.caller().requireCoordinator();
                    String applicationId = request.pathParameter("applicationId");
                    return ApiResponse.ok(applications.find(CohortId.fromPath(request.pathParameter("cohortId")).value(), applicationId)
                            .map(ApplicationView::of)
                            .orElseThrow(() -> ApplicationNotFound.inCohort(applicationId)));
                });
    }


    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return routes.handle(event);
    }
}
