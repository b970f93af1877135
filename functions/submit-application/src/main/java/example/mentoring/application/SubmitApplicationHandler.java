package example.mentoring.application;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
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
import example.mentoring.link.SecretsManagerSigningKeys;
import example.mentoring.link.SignedLinks;
import example.mentoring.link.SigningKeys;
import example.mentoring.match.CarryOver;
import example.mentoring.match.Matches;
import example.mentoring.match.ReapplyView;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.Outbox;
import example.mentoring.priming.Primer;
import java.time.Clock;

/**
 * The submit-application function: the public application form's endpoint, and the
 * acknowledgement's email-confirmation link (GET shows a page, POST confirms).
 */
public final class SubmitApplicationHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, HttpFunction {

    private final AwsClients aws;
    private final Routes routes;
    private final ApplicationIntake intake;

    /** The constructor Lambda calls: the process environment, and priming for SnapStart. */
    public SubmitApplicationHandler() {
        this(Environment.fromProcess());
        Primer.register(new SubmitApplicationPriming(this));
    }

    public SubmitApplicationHandler(Environment environment) {
        this(environment, environment.clock());
    }

    public SubmitApplicationHandler(Environment environment, Clock clock) {
        this(new AwsClients(environment), clock);
    }

    SubmitApplicationHandler(AwsClients aws, Clock clock) {
        Environment environment = aws.environment();
        this.aws = aws;
        String programName = environment.required(Setting.PROGRAM_NAME);
        Applications applications = new Applications(aws);
        SignedLinks links = new SignedLinks(new SecretsManagerSigningKeys(aws, clock), clock);
        EmailConfirmation confirmation = new EmailConfirmation(links, applications,
                environment.required(Setting.PUBLIC_BASE_URL), programName, clock);
        Cohorts cohorts = new Cohorts(aws);
        Outbox outbox = new Outbox(new Notifications(aws), clock);
        Transactions transactions = new Transactions(aws);
        ApplicationIntake intake = new ApplicationIntake(cohorts, applications, outbox, transactions, confirmation,
                programName, clock);
        this.intake = intake;
        CarryOver carryOver = new CarryOver(cohorts, applications, new Matches(aws), outbox, transactions, links,
                environment.required(Setting.PUBLIC_BASE_URL), programName, clock);
        Idempotency idempotency = new Idempotency(aws, clock);
        var submission = idempotency.wrapTransactional((request, scope) ->
                created(intake.submit(CohortId.fromPath(request.pathParameter("cohortId")), ApplicationForm.read(request.jsonBody(false)),
                        receipt -> scope.completedWith(created(receipt)))));
        this.routes = new Routes()
                .on("POST /cohorts/{cohortId}/applications", request -> {
                    // the acknowledgement's link needs the key: read it while the key is claimed and the
                    // cohort read; the request ends only once that read has (none left in flight at a freeze)
                    try (SigningKeys.Prefetch keyRead = links.prefetchKey()) {
                        return submission.apply(request);
                    }
                })
                .on("GET /applications/confirm", request -> ApiResponse.linkPage(confirmation.page(request.query("token").orElse(""))))
                .on("POST /applications/confirm", request -> ApiResponse.ok(
                        confirmation.confirm(request.query("token").orElse(""))))
                .on("GET /reapply", request -> ApiResponse.ok(
                        ReapplyView.of(carryOver.invitation(request.query("token").orElse("")))))
                .on("POST /reapply", request -> {
                    var changes = request.jsonBody(true);
                    return created(carryOver.reapply(request.query("token").orElse(""),
                            earlier -> ApplicationForm.revise(earlier, changes), intake));
                });
    }

    /** 201 with the receipt and where a coordinator reads the application. */
    static ApiResponse created(ApplicationReceipt receipt) {
        return ApiResponse.created(receipt).withHeader("location",
                "/cohorts/" + receipt.cohortId() + "/applications/" + receipt.applicationId());
    }

    /** The intake, for priming its transaction. */
    ApplicationIntake intake() {
        return intake;
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
