package example.mentoring.post;

import example.mentoring.aws.Setting;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.SdkPriming;
import example.mentoring.priming.MarkdownPriming;
import example.mentoring.link.LinkPriming;
import example.mentoring.link.LinkPurpose;
import example.mentoring.priming.Primer;
import example.mentoring.priming.PrimingRequest;

/**
 * Primes the publish-post function before its SnapStart snapshot: the public reads (a page of
 * posts, the feed, a slug that does not exist), editing and publishing a post that does not exist
 * (a read, then 404; so too reading, submitting and returning one), the review queue's first
 * page, a new post whose body fails validation (400 before anything is written),
 * the unsubscribe page and opt-out with a malformed token (400), the transaction path with a
 * transaction DynamoDB refuses, the signing secret read for a version that does not exist
 * (its value is read on first use, not into the snapshot), and the Markdown pipeline, rendered in memory.
 */
final class PublishPostPriming extends Primer {

    static final String POST = """
            {"title": "Priming", "bodyMarkdown": "## Why mentor?\\n\\nShare **what you know**.",
             "authorName": "The Mentoring Committee", "tags": ["mentors"]}""";
    static final String RETURN = "{\"comment\": \"Priming\"}";
    /** A post but for its empty title: parsed and validated, then refused. */
    static final String INVALID_POST = POST.replace("\"Priming\"", "\"\"");

    private final PublishPostHandler handler;
    private final AwsClients aws;

    PublishPostPriming(PublishPostHandler handler) {
        this.handler = handler;
        this.aws = handler.aws();
    }

    @Override
    public void prime() {
        serve(handler,
                PrimingRequest.of("GET /posts").query("limit", "1"),
                PrimingRequest.of("GET /posts/{post}"),
                PrimingRequest.of("GET /feed.atom"),
                PrimingRequest.of("POST /posts").asCoordinator().body(INVALID_POST),
                PrimingRequest.of("PUT /posts/{post}").asCoordinator().body(POST),
                PrimingRequest.of("POST /posts/{post}/publish").asCoordinator(),
                PrimingRequest.of("GET /posts/{post}/draft").asCoordinator(),
                PrimingRequest.of("POST /posts/{post}/submit").asCoordinator(),
                PrimingRequest.of("POST /posts/{post}/return").asCoordinator().body(RETURN),
                PrimingRequest.of("GET /review-queue").asCoordinator().query("limit", "1"),
                PrimingRequest.of("GET /unsubscribe").query("token", PrimingRequest.NO_SUCH_ID),
                PrimingRequest.of("POST /unsubscribe").query("token", PrimingRequest.NO_SUCH_ID));
        step("transaction", () -> SdkPriming.emptyTransaction(aws));
        step("signing keys", () -> SdkPriming.secretVersionThatDoesNotExist(aws,
                aws.environment().required(Setting.LINK_SIGNING_SECRET)));
        step("a link, offline", () -> LinkPriming.signAndVerifyOffline(aws, aws.environment().clock(), LinkPurpose.UNSUBSCRIBE));
        step("markdown", MarkdownPriming::renderSample);
    }
}
