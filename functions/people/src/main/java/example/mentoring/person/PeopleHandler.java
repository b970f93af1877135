package example.mentoring.person;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import example.mentoring.application.Applications;
import example.mentoring.audit.AuditEntry;
import example.mentoring.audit.AuditTrail;
import example.mentoring.aws.AwsClients;
import example.mentoring.checkin.CheckIns;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Transactions;
import example.mentoring.http.ApiResponse;
import example.mentoring.idempotency.StoredAnswers;
import example.mentoring.http.Audited;
import example.mentoring.http.HttpFunction;
import example.mentoring.http.Routes;
import example.mentoring.match.Matches;
import example.mentoring.match.MatchingRuns;
import example.mentoring.match.ParticipantAccounts;
import example.mentoring.meeting.Meetings;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.Suppressions;
import example.mentoring.post.Posts;
import example.mentoring.post.Subscriptions;
import example.mentoring.priming.Primer;
import java.time.Clock;
import java.util.Map;

/**
 * A person's data and its erasure, for coordinators: {@code GET /people/{email}/data} and
 * {@code DELETE /people/{email}}. Both are in the audit trail (under the program and each cohort
 * the person is in) before anything is shown or erased; the trail names the person by
 * {@link PersonEmail#subject()}, never by address.
 */
public final class PeopleHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, HttpFunction {

    private final AwsClients aws;
    private final Routes routes;
    /** Both services' whole read path for an address that has nothing: what priming runs (no audit, no write). */
    final Runnable lookUpNobody;

    /** The constructor Lambda calls: the process environment, and priming for SnapStart. */
    public PeopleHandler() {
        this(Environment.fromProcess());
        Primer.register(new PeoplePriming(this));
    }

    public PeopleHandler(Environment environment) {
        this(environment, environment.clock());
    }

    public PeopleHandler(Environment environment, Clock clock) {
        this(new AwsClients(environment), clock);
    }

    PeopleHandler(AwsClients aws, Clock clock) {
        this.aws = aws;
        Applications applications = new Applications(aws);
        Matches matches = new Matches(aws);
        Meetings meetings = new Meetings(aws);
        Notifications notifications = new Notifications(aws);
        Subscriptions subscriptions = new Subscriptions(aws);
        Suppressions suppressions = new Suppressions(aws);
        Posts posts = new Posts(aws);
        CheckIns checkIns = new CheckIns(aws);
        PersonData data = new PersonData(applications, matches, meetings, notifications, subscriptions, suppressions, posts,
                checkIns);
        PersonErasure erasure = new PersonErasure(applications, matches, meetings, notifications, subscriptions,
                suppressions, posts, new ParticipantAccounts(aws), checkIns, new MatchingRuns(aws), new StoredAnswers(aws),
                new Transactions(aws), clock);
        Audited audit = new Audited(new AuditTrail(aws), clock);
        PersonEmail nobody = new PersonEmail(PeoplePriming.NOBODY);
        this.lookUpNobody = () -> {
            data.of(nobody);
            erasure.erase(nobody);
        };
        this.routes = new Routes()
                .on("GET /people/{email}/data", request -> {
                    request.caller().requireCoordinator();
                    PersonEmail email = PersonEmail.fromPath(request.pathParameter("email"));
                    PersonData.Held held = data.of(email);
                    audit.recordEach(request, held.cohorts(), AuditEntry.Action.READ, "/people/" + email.subject() + "/data");
                    return ApiResponse.ok(held);
                })
                .on("DELETE /people/{email}", request -> {
                    request.caller().requireCoordinator();
                    PersonEmail email = PersonEmail.fromPath(request.pathParameter("email"));
                    audit.recordEach(request, data.cohortsOf(email), AuditEntry.Action.ERASE, "/people/" + email.subject());
                    return ApiResponse.ok(Map.of("subject", email.subject(), "erased", erasure.erase(email)));
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

    /** The SDK clients its requests use: its priming warms these, not clients of its own. */
    AwsClients aws() {
        return aws;
    }
}
