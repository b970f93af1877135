package example.mentoring.notification;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.http.ApiResponse;
import example.mentoring.http.HttpFunction;
import example.mentoring.http.Routes;
import example.mentoring.post.Subscriptions;
import example.mentoring.priming.Primer;
import java.time.Clock;

/**
 * Coordinators look into the outbox and put failed entries back in line, unless the recipient has
 * since been suppressed or (for a newsletter) opted out: that retry is refused and changes nothing.
 */
public final class NotificationAdminHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, HttpFunction {

    private final Routes routes;

    /** The constructor Lambda calls: the process environment, and priming for SnapStart. */
    public NotificationAdminHandler() {
        this(Environment.fromProcess());
        Primer.register(new NotificationAdminPriming(this));
    }

    public NotificationAdminHandler(Environment environment) {
        this(environment, environment.clock());
    }

    public NotificationAdminHandler(Environment environment, Clock clock) {
        AwsClients aws = new AwsClients(environment);
        Notifications notifications = new Notifications(aws);
        OutboxRetry retries = new OutboxRetry(notifications,
                new Deliverability(new Suppressions(aws), new Subscriptions(aws)), clock);
        this.routes = new Routes()
                .on("GET /notifications", request -> {
                    request.caller().requireCoordinator();
                    NotificationStatus status = NotificationStatus.fromQuery(request.query("status").orElse(""));
                    return ApiResponse.ok(notifications.views(status, request.page()));
                })
                .on("POST /notifications/{notificationId}/retry", request -> {
                    request.caller().requireCoordinator();
                    return ApiResponse.ok(NotificationView.of(retries.retry(request.pathParameter("notificationId"))));
                });
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
