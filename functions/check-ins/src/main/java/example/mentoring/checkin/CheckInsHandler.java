package example.mentoring.checkin;

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
import example.mentoring.priming.Primer;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

/**
 * The check-ins function: coordinators schedule a cohort's check-ins and read their results; the
 * holder of a check-in's emailed link (no login) reads its questions and answers them.
 */
public final class CheckInsHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, HttpFunction {

    private final AwsClients aws;
    private final Routes routes;

    /** The constructor Lambda calls: the process environment, and priming for SnapStart. */
    public CheckInsHandler() {
        this(Environment.fromProcess());
        Primer.register(new CheckInsPriming(this));
    }

    public CheckInsHandler(Environment environment) {
        this(environment, environment.clock());
    }

    public CheckInsHandler(Environment environment, Clock clock) {
        AwsClients aws = new AwsClients(environment);
        this.aws = aws;
        CheckInLinks links = new CheckInLinks(new SignedLinks(new SecretsManagerSigningKeys(aws, clock), clock),
                environment.required(Setting.PUBLIC_BASE_URL));
        CheckInSurveys surveys = new CheckInSurveys(new CheckIns(aws), new Cohorts(aws), new CheckInSchedules(aws),
                links, new Transactions(aws), new SecureRandom(), clock);
        Idempotency idempotency = new Idempotency(aws, clock);
        this.routes = new Routes()
                .on("POST /cohorts/{cohortId}/check-ins", idempotency.wrap(request -> {
                    request.caller().requireCoordinator();
                    CheckIn created = surveys.create(CohortId.fromPath(request.pathParameter("cohortId")),
                            CheckInForm.read(request.jsonBody(false)));
                    return ApiResponse.created(CheckInSummary.of(created, List.of()));
                }))
                .on("GET /cohorts/{cohortId}/check-ins", request -> {
                    request.caller().requireCoordinator();
                    return ApiResponse.ok(surveys.list(CohortId.fromPath(request.pathParameter("cohortId")), request.page()));
                })
                .on("GET /cohorts/{cohortId}/check-ins/{checkInId}/results", request -> {
                    request.caller().requireCoordinator();
                    return ApiResponse.ok(surveys.results(CohortId.fromPath(request.pathParameter("cohortId")),
                            request.pathParameter("checkInId")));
                })
                .on("GET /check-ins/{checkInId}", request -> ApiResponse.ok(surveys.questionnaire(
                        request.pathParameter("checkInId"), request.query("token").orElse(""))))
                .on("POST /check-ins/{checkInId}/responses", request -> ApiResponse.created(surveys.answer(
                        request.pathParameter("checkInId"), request.query("token").orElse(""),
                        checkIn -> AnswerForm.read(request.jsonBody(false), checkIn))));
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
