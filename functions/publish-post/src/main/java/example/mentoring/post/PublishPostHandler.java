package example.mentoring.post;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import example.mentoring.access.CoordinatorDirectory;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Setting;
import example.mentoring.aws.Transactions;
import example.mentoring.cohort.Cohorts;
import example.mentoring.http.ApiRequest;
import example.mentoring.http.ApiResponse;
import example.mentoring.http.HttpFunction;
import example.mentoring.paging.Page;
import example.mentoring.http.Routes;
import example.mentoring.idempotency.Idempotency;
import example.mentoring.link.SecretsManagerSigningKeys;
import example.mentoring.link.SignedLinks;
import example.mentoring.match.Matches;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.Outbox;
import example.mentoring.priming.Primer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * The publish-post function: drafts and edits, review (submit, the queue, return), publishing (and
 * the newsletter), the public reads
 * with ETags, the Atom feed, and the no-login unsubscribe.
 */
public final class PublishPostHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, HttpFunction {

    static final String CACHE_CONTROL = "public, max-age=60";

    private final AwsClients aws;
    private final Routes routes;

    /** The constructor Lambda calls: the process environment, and priming for SnapStart. */
    public PublishPostHandler() {
        this(Environment.fromProcess());
        Primer.register(new PublishPostPriming(this));
    }

    public PublishPostHandler(Environment environment) {
        this(environment, environment.clock());
    }

    public PublishPostHandler(Environment environment, Clock clock) {
        AwsClients aws = new AwsClients(environment);
        this.aws = aws;
        Posts posts = new Posts(aws);
        Subscriptions subscriptions = new Subscriptions(aws);
        String programName = environment.required(Setting.PROGRAM_NAME);
        PostLinks links = new PostLinks(environment.required(Setting.PUBLIC_BASE_URL), environment.required(Setting.API_BASE_URL));
        SignedLinks signedLinks = new SignedLinks(new SecretsManagerSigningKeys(aws, clock), clock);
        Editorial editorial = new Editorial(posts, new Matches(aws), new Cohorts(aws), new CoordinatorDirectory(aws), subscriptions,
                new Outbox(new Notifications(aws), clock), new Transactions(aws),
                new PostRendering(new MarkdownRenderer()), links, signedLinks, programName, clock);
        PublicPosts reads = new PublicPosts(posts, links, programName);
        UnsubscribePage unsubscribe = new UnsubscribePage(signedLinks, subscriptions, programName, clock);
        Idempotency idempotency = new Idempotency(aws, clock);
        this.routes = new Routes()
                .on("POST /posts", idempotency.wrap(request -> {
                    Post post = editorial.create(request.caller(), PostText.read(request.jsonBody(false)));
                    return ApiResponse.created(PostViews.Created.of(post)).withHeader("location", "/posts/" + post.postId());
                }))
                .on("PUT /posts/{post}", request -> ApiResponse.ok(PostViews.Editable.of(
                        editorial.update(request.caller(), request.pathParameter("post"),
                                PostText.read(request.jsonBody(false))))))
                .on("GET /posts/{post}/draft", request -> ApiResponse.ok(PostViews.Editable.of(
                        editorial.forEditing(request.caller(), request.pathParameter("post")))))
                .on("POST /posts/{post}/submit", request -> ApiResponse.ok(PostViews.Editable.of(
                        editorial.submit(request.caller(), request.pathParameter("post")))))
                .on("POST /posts/{post}/return", request -> ApiResponse.ok(PostViews.Editable.of(
                        editorial.returnToAuthor(request.caller(), request.pathParameter("post"),
                                ReturnRequest.read(request.jsonBody(false))))))
                .on("GET /review-queue", request -> {
                    Page<Post> waiting = editorial.reviewQueue(request.caller(), request.page());
                    return ApiResponse.ok(waiting.map(PostViews.Editable::of));
                })
                .on("POST /posts/{post}/publish", request -> {
                    Editorial.Published published = editorial.publish(request.caller(), request.pathParameter("post"),
                            PublishRequest.read(request.jsonBody(true)));
                    return ApiResponse.ok(PostViews.Editable.of(published.post(), published.newslettersQueued()));
                })
                .on("GET /posts", request -> cacheable(request, ApiResponse.ok(reads.list(request.page()))))
                .on("GET /posts/{post}", request -> cacheable(request, ApiResponse.ok(reads.bySlug(request.pathParameter("post")))))
                .on("GET /feed.atom", request -> cacheable(request, new ApiResponse(200,
                        Map.of("content-type", AtomFeed.CONTENT_TYPE), reads.feed())))
                .on("GET /unsubscribe", request -> ApiResponse.linkPage(unsubscribe.page(request.query("token").orElse(""))))
                .on("POST /unsubscribe", request -> ApiResponse.linkPage(unsubscribe.unsubscribe(request.query("token").orElse(""))));
    }

    /** Public reads carry a strong ETag and may be cached briefly; a matching If-None-Match is 304. */
    static ApiResponse cacheable(ApiRequest request, ApiResponse response) {
        String etag = ETags.strong(response.body().getBytes(StandardCharsets.UTF_8));
        if (request.header("if-none-match").filter(value -> ETags.matchesIfNoneMatch(value, etag)).isPresent()) {
            return new ApiResponse(304, Map.of("etag", etag, "cache-control", CACHE_CONTROL), "");
        }
        return response.withHeader("etag", etag).withHeader("cache-control", CACHE_CONTROL);
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
