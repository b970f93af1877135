package example.mentoring.application;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Transactions;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.Cohorts;
import example.mentoring.http.ApiResponse;
import example.mentoring.http.Routes;
import example.mentoring.idempotency.Idempotency;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.Outbox;
import java.time.Clock;

/** The submit-application function: the public application form's endpoint. */
public final class SubmitApplicationHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final Routes routes;

    public SubmitApplicationHandler() {
        this(Environment.fromProcess());
    }

    public SubmitApplicationHandler(Environment environment) {
        this(environment, environment.clock());
    }

    public SubmitApplicationHandler(Environment environment, Clock clock) {
        AwsClients aws = new AwsClients(environment);
        ApplicationIntake intake = new ApplicationIntake(new Cohorts(aws), new Applications(aws),
                new Outbox(new Notifications(aws), clock), new Transactions(aws),
                environment.required("PROGRAM_NAME"), clock);
        Idempotency idempotency = new Idempotency(aws, clock);
        this.routes = new Routes().on("POST /cohorts/{cohortId}/applications", idempotency.wrapTransactional((request, scope) ->
                created(intake.submit(CohortId.fromPath(request.pathParameter("cohortId")), request.jsonBody(false),
                        receipt -> scope.completedWith(created(receipt))))));
    }

    /** 201 with the receipt and where a coordinator reads the application. */
    static ApiResponse created(ApplicationReceipt receipt) {
        return ApiResponse.created(receipt).withHeader("location",
                "/cohorts/" + receipt.cohortId() + "/applications/" + receipt.applicationId());
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return routes.handle(event);
    }
}
