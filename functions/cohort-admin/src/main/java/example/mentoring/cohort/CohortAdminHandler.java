package example.mentoring.cohort;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import example.mentoring.application.Applications;
import example.mentoring.match.CarryOver;
import example.mentoring.link.SecretsManagerSigningKeys;
import example.mentoring.link.SignedLinks;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.Outbox;
import example.mentoring.application.Vocabulary;
import example.mentoring.http.Audited;
import example.mentoring.audit.AuditEntryView;
import example.mentoring.audit.AuditTrail;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Setting;
import example.mentoring.aws.Transactions;
import example.mentoring.http.ApiRequest;
import example.mentoring.http.ApiResponse;
import example.mentoring.http.HttpFunction;
import example.mentoring.http.Routes;
import example.mentoring.idempotency.Idempotency;
import example.mentoring.match.Matches;
import example.mentoring.match.MatchingRuns;
import example.mentoring.notification.email.ProgramRole;
import example.mentoring.outcome.Invalid;
import example.mentoring.post.ApplicationsOpenDraft;
import example.mentoring.post.MarkdownRenderer;
import example.mentoring.post.PostLinks;
import example.mentoring.post.PostRendering;
import example.mentoring.post.Posts;
import example.mentoring.post.Subscriptions;
import example.mentoring.recruitment.AlumniInvitations;
import example.mentoring.priming.Primer;
import example.mentoring.report.CohortReads;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The cohort admin function: create, list, read and close cohorts, and report on them, over the HTTP API. */
public final class CohortAdminHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, HttpFunction {

    private final AwsClients aws;
    private final Routes routes;

    /** The constructor Lambda calls: the process environment, and priming for SnapStart. */
    public CohortAdminHandler() {
        this(Environment.fromProcess());
        Primer.register(new CohortAdminPriming(this));
    }

    public CohortAdminHandler(Environment environment) {
        this(environment, environment.clock());
    }

    public CohortAdminHandler(Environment environment, Clock clock) {
        AwsClients aws = new AwsClients(environment);
        this.aws = aws;
        Cohorts cohorts = new Cohorts(aws);
        CohortCatalog catalog = new CohortCatalog(cohorts, new CloseSchedules(aws), new Transactions(aws), clock);
        ApplicationsOpenDraft drafts = new ApplicationsOpenDraft(new Posts(aws), new PostRendering(new MarkdownRenderer()),
                new PostLinks(environment.required(Setting.PUBLIC_BASE_URL), environment.required(Setting.API_BASE_URL)),
                environment.required(Setting.PROGRAM_NAME), clock);
        CohortCloser closer = new CohortCloser(cohorts, clock);
        Applications applications = new Applications(aws);
        Matches matches = new Matches(aws);
        CohortReads reads = new CohortReads(cohorts, applications, new MatchingRuns(aws), matches, clock);
        Idempotency idempotency = new Idempotency(aws, clock);
        CarryOver carryOver = new CarryOver(cohorts, applications, matches, new Outbox(new Notifications(aws), clock),
                new Transactions(aws), new SignedLinks(new SecretsManagerSigningKeys(aws, clock), clock),
                environment.required(Setting.PUBLIC_BASE_URL), environment.required(Setting.PROGRAM_NAME), clock);
        AlumniInvitations alumni = new AlumniInvitations(cohorts, applications, matches, new Subscriptions(aws),
                new Outbox(new Notifications(aws), clock), new Transactions(aws),
                new SignedLinks(new SecretsManagerSigningKeys(aws, clock), clock),
                new PostLinks(environment.required(Setting.PUBLIC_BASE_URL), environment.required(Setting.API_BASE_URL)),
                environment.required(Setting.PROGRAM_NAME), clock);
        AuditTrail trail = new AuditTrail(aws);
        Audited audit = new Audited(trail, clock);
        this.routes = new Routes()
                .on("POST /cohorts", idempotency.wrap(request -> {
                    String coordinator = request.caller().requireCoordinator().email().orElseThrow();
                    NewCohort form = NewCohort.from(request.jsonBody(false), clock.instant(), cohorts.programTimeZone());
                    List<Cohort> sources = carryOver.sources(form.carryOverFrom(), form.id());
                    Cohort cohort = catalog.create(form, drafts.by(coordinator));
                    carryOver.invite(cohort, sources);
                    return ApiResponse.created(CohortView.of(cohort, clock.instant()))
                            .withHeader("location", "/cohorts/" + cohort.id());
                }))
                .on("GET /cohorts", request -> ApiResponse.ok(
                        catalog.list(request.page()).map(cohort -> CohortView.of(cohort, clock.instant()))))
                .on("GET /cohorts/{cohortId}", request -> ApiResponse.ok(
                        CohortView.of(catalog.get(cohortId(request)), clock.instant())))
                .on("POST /cohorts/{cohortId}/close", request -> {
                    request.caller().requireCoordinator();
                    return ApiResponse.ok(CohortView.of(closer.close(cohortId(request)), clock.instant()));
                })
                .on("GET /cohorts/{cohortId}/summary", request -> {
                    request.caller().requireCoordinator();
                    return ApiResponse.ok(reads.summary(cohortId(request)));
                })
                .on("GET /cohorts/{cohortId}/demographics", audit.reads(request -> {
                    request.caller().requireCoordinator();
                    return ApiResponse.ok(reads.demographics(cohortId(request)));
                }))
                .on("POST /cohorts/{cohortId}/invitations", request -> {
                    request.caller().requireCoordinator();
                    return ApiResponse.json(202, alumni.invite(cohortId(request)));
                })
                .on("GET /audit", request -> {
                    request.caller().requireCoordinator();
                    return ApiResponse.ok(trail.list(auditScope(request), request.page()).map(AuditEntryView::of));
                })
                .on("GET /cohorts/{cohortId}/applications", audit.reads(request -> {
                    request.caller().requireCoordinator();
                    CohortId id = cohortId(request);
                    Optional<ProgramRole> role = Vocabulary.roleFilter(request.query("role"));
                    if (request.wantsCsv()) {
                        return ApiResponse.csv(id.value() + "-applications.csv", reads.applicationsCsv(id, role),
                                "export one role at a time (?role=MENTOR, ?role=MENTEE).");
                    }
                    return ApiResponse.ok(reads.applications(id, role, request.page()));
                }))
                .on("GET /cohorts/{cohortId}/applications/{applicationId}", audit.reads(request -> {
                    request.caller().requireCoordinator();
                    return ApiResponse.ok(reads.application(cohortId(request), request.pathParameter("applicationId")));
                }));
    }

    /** {@code ?cohortId=}: a cohort's entries, or the program's when absent or blank; 422 if it cannot be a cohort id. */
    private static Optional<String> auditScope(ApiRequest request) {
        Optional<String> given = request.query("cohortId").map(String::strip).filter(id -> !id.isEmpty());
        if (given.isPresent() && !CohortId.isValid(given.get())) {
            throw Invalid.field("cohortId", "is not a cohort id");
        }
        return given;
    }

    private static CohortId cohortId(ApiRequest request) {
        return CohortId.fromPath(request.pathParameter("cohortId"));
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
