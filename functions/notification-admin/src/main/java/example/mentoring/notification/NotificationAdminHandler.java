package example.mentoring.notification;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.http.ApiResponse;
import example.mentoring.http.Routes;
import example.mentoring.outcome.Invalid;
import example.mentoring.post.Subscriptions;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * Coordinators look into the outbox and put failed entries back in line, unless the recipient has
 * since been suppressed or (for a newsletter) opted out: that retry is refused and changes nothing.
 */
public final class NotificationAdminHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final Routes routes;

    public NotificationAdminHandler() {
        this(Environment.fromProcess());
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
                    NotificationStatus status = status(request.query("status").orElse(""));
                    return ApiResponse.ok(notifications.views(status, request.page()));
                })
                .on("POST /notifications/{notificationId}/retry", request -> {
                    request.caller().requireCoordinator();
                    return ApiResponse.ok(NotificationView.of(retries.retry(request.pathParameter("notificationId"))));
                });
    }

    static NotificationStatus status(String value) {
        try {
            return NotificationStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw Invalid.field("status", "must be one of "
                    + String.join(", ", Arrays.stream(NotificationStatus.values()).map(Enum::name).toList()));
        }
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return routes.handle(event);
    }
}
