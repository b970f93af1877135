package example.mentoring.post;

import static example.mentoring.emulator.EventFixtures.as;
import static example.mentoring.emulator.EventFixtures.http;
import static example.mentoring.emulator.EventFixtures.withBody;
import static example.mentoring.emulator.EventFixtures.withPathParameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Setting;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.fixtures.Seed;
import example.mentoring.paging.Page;
import example.mentoring.json.Json;
import example.mentoring.notification.Notification;
import example.mentoring.notification.NotificationStatus;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.email.PostReturned;
import example.mentoring.notification.email.PostSubmitted;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;

@ExtendWith(Moto.class)
@DisplayName("Post review: an author submits, coordinators are emailed, a coordinator returns with a comment or publishes")
class PostReviewIT {

    static final String COORDINATOR = "coordinator@example.org";
    static final String AUTHOR = "marlowe@example.org";
    static final String OTHER_PARTICIPANT = "sam@example.org";
    static final String STRANGER = "stranger@example.org";

    MutableClock clock = new MutableClock(Instant.parse("2027-04-01T12:00:00Z"));
    PublishPostHandler handler;
    AwsClients aws;
    Notifications notifications;

    @BeforeEach
    void setUp(EmulatedStack stack) {
        Environment environment = Environment.of(stack.environmentOf("PublishPostFunction"));
        aws = new AwsClients(environment);
        handler = new PublishPostHandler(environment, clock);
        notifications = new Notifications(aws);
        Seed.cohort().matchedBy("run-1").addTo(aws);
        Seed.match(aws, "m1", "fall-2027", "dana@example.net", AUTHOR, LocalDate.parse("2027-03-20"));
        Seed.match(aws, "m2", "fall-2027", "dana@example.net", OTHER_PARTICIPANT, LocalDate.parse("2027-03-20"));
        String pool = environment.required(Setting.USER_POOL_ID);
        account(pool, "c-1", "ana@example.org", "Ana Coordinator", true, true);
        account(pool, "c-2", "ben@example.org", null, true, true);
        account(pool, "c-3", "unverified@example.org", "Unverified", false, true);
        account(pool, "c-4", "not-a-coordinator@example.org", "Not One", true, false);
    }

    /** A user of the pool, in the coordinators group or not. */
    void account(String pool, String username, String email, String name, boolean verified, boolean coordinator) {
        List<AttributeType> attributes = new java.util.ArrayList<>(List.of(
                AttributeType.builder().name("email").value(email).build(),
                AttributeType.builder().name("email_verified").value(String.valueOf(verified)).build()));
        if (name != null) {
            attributes.add(AttributeType.builder().name("name").value(name).build());
        }
        aws.cognito().adminCreateUser(r -> r.userPoolId(pool).username(username).userAttributes(attributes)
                .messageAction("SUPPRESS"));
        if (coordinator) {
            aws.cognito().adminAddUserToGroup(r -> r.userPoolId(pool).username(username).groupName("coordinators"));
        }
    }

    APIGatewayV2HTTPResponse call(APIGatewayV2HTTPEvent event, String caller) {
        return handler.handleRequest(caller.equals(COORDINATOR) ? as(event, caller, "coordinators") : as(event, caller), null);
    }

    static JsonNode body(APIGatewayV2HTTPResponse response) {
        return Json.parseBody(response.getBody());
    }

    String draft(String title, String author) {
        ObjectNode post = (ObjectNode) Json.parseBody(http("publish-post/create-post.json").getBody());
        post.put("title", title);
        post.put("bodyMarkdown", "It went **well**.");
        post.remove("authorName");
        if (author.equals(COORDINATOR)) {
            post.put("authorName", "Program Coordinators");
        }
        APIGatewayV2HTTPResponse created = call(withBody(http("publish-post/create-post.json"), Json.write(post)), author);
        assertEquals(201, created.getStatusCode(), created.getBody());
        return body(created).path("postId").asText();
    }

    APIGatewayV2HTTPResponse edit(String postId, String title, String markdown, String editor) {
        ObjectNode edit = (ObjectNode) Json.parseBody(http("publish-post/edit-post.json").getBody());
        edit.put("title", title);
        edit.put("bodyMarkdown", markdown);
        edit.remove("authorName");
        if (editor.equals(COORDINATOR)) {
            edit.put("authorName", "Program Coordinators");
        }
        return call(withBody(withPathParameter(http("publish-post/edit-post.json"), "post", postId), Json.write(edit)), editor);
    }

    APIGatewayV2HTTPResponse submit(String postId, String caller) {
        return call(withPathParameter(http("publish-post/submit-post.json"), "post", postId), caller);
    }

    APIGatewayV2HTTPResponse giveBack(String postId, String comment, String caller) {
        return call(withBody(withPathParameter(http("publish-post/return-post.json"), "post", postId),
                Json.write(Map.of("comment", comment))), caller);
    }

    APIGatewayV2HTTPResponse forEditing(String postId, String caller) {
        return call(withPathParameter(http("publish-post/get-post-for-editing.json"), "post", postId), caller);
    }

    APIGatewayV2HTTPResponse publish(String postId) {
        return call(withBody(withPathParameter(http("publish-post/publish-post.json"), "post", postId), "{}"), COORDINATOR);
    }

    List<String> queue(String caller) {
        APIGatewayV2HTTPResponse response = call(http("publish-post/review-queue.json"), caller);
        assertEquals(200, response.getStatusCode(), response.getBody());
        return body(response).path("items").findValuesAsText("postId");
    }

    JsonNode publicPost(String slug) {
        return body(handler.handleRequest(withPathParameter(http("publish-post/get-post.json"), "post", slug), null));
    }

    List<Notification> outbox(Class<?> kind) {
        return notifications.list(NotificationStatus.PENDING, Page.Request.first(100)).items().stream()
                .filter(n -> kind.isInstance(n.message())).toList();
    }

    @Test
    @DisplayName("a participant's submitted draft is IN_REVIEW, every verified coordinator is emailed once, and it heads the queue")
    void submitEmailsCoordinators() {
        String postId = draft("What storytime taught me", AUTHOR);

        APIGatewayV2HTTPResponse submitted = submit(postId, AUTHOR);
        assertEquals(200, submitted.getStatusCode(), submitted.getBody());
        assertEquals("IN_REVIEW", body(submitted).path("status").asText());
        assertEquals(clock.instant().toString(), body(submitted).path("submittedAt").asText());

        List<Notification> emails = outbox(PostSubmitted.class);
        assertEquals(Set.of("ana@example.org", "ben@example.org"),
                emails.stream().map(Notification::recipient).collect(Collectors.toSet()),
                "the coordinators group's members with a verified address, nobody else");
        PostSubmitted toAna = (PostSubmitted) emails.stream().filter(n -> n.recipient().equals("ana@example.org"))
                .findFirst().orElseThrow().message();
        assertEquals("Ana Coordinator", toAna.recipientName());
        assertEquals("What storytime taught me", toAna.postTitle());
        assertEquals(Seed.nameOf(AUTHOR), toAna.authorName(), "the byline is the application's name");
        assertFalse(toAna.revision());
        assertTrue(toAna.reviewUrl().endsWith("/app/coordinate/review"), toAna.reviewUrl());

        clock.advance(Duration.ofMinutes(5));
        APIGatewayV2HTTPResponse again = submit(postId, AUTHOR);
        assertEquals(200, again.getStatusCode(), again.getBody());
        assertEquals(body(submitted).path("submittedAt"), body(again).path("submittedAt"), "submitting again changes nothing");
        assertEquals(2, outbox(PostSubmitted.class).size(), "and emails nobody twice");
        assertEquals(List.of(postId), queue(COORDINATOR));
        assertEquals(403, call(http("publish-post/review-queue.json"), AUTHOR).getStatusCode(), "the queue is the coordinators'");
    }

    @Test
    @DisplayName("the queue lists what waits, the longest-waiting first")
    void queueOldestFirst() {
        String first = draft("First", AUTHOR);
        String second = draft("Second", OTHER_PARTICIPANT);
        draft("Not submitted", AUTHOR);
        submit(second, OTHER_PARTICIPANT);
        clock.advance(Duration.ofHours(1));
        submit(first, AUTHOR);
        assertEquals(List.of(second, first), queue(COORDINATOR));
    }

    @Test
    @DisplayName("a return with a comment makes it a DRAFT again, emails the comment to its author, and empties the queue")
    void returnWithComment() {
        String postId = draft("What storytime taught me", AUTHOR);
        submit(postId, AUTHOR);
        clock.advance(Duration.ofHours(2));

        String comment = "Lovely piece! Could you add a line on how you chose the books?";
        APIGatewayV2HTTPResponse returned = giveBack(postId, comment, COORDINATOR);
        assertEquals(200, returned.getStatusCode(), returned.getBody());
        assertEquals("DRAFT", body(returned).path("status").asText());
        assertEquals(comment, body(returned).path("returnComment").asText());
        assertTrue(body(returned).path("submittedAt").isMissingNode());
        assertEquals(List.of(), queue(COORDINATOR));

        List<Notification> toAuthor = outbox(PostReturned.class);
        assertEquals(1, toAuthor.size());
        assertEquals(AUTHOR, toAuthor.get(0).recipient());
        PostReturned email = (PostReturned) toAuthor.get(0).message();
        assertEquals(comment, email.comment());
        assertEquals(Seed.nameOf(AUTHOR), email.recipientName());
        assertTrue(email.editUrl().endsWith("/app/me/posts/" + postId), email.editUrl());

        JsonNode mine = body(forEditing(postId, AUTHOR));
        assertEquals(comment, mine.path("returnComment").asText(), "the author reads the comment beside the draft");

        assertEquals(409, giveBack(postId, "Again?", COORDINATOR).getStatusCode(), "nothing waits any more");
        assertEquals(1, outbox(PostReturned.class).size());

        assertEquals(200, submit(postId, AUTHOR).getStatusCode(), "the author submits again");
        JsonNode resubmitted = body(forEditing(postId, AUTHOR));
        assertEquals("IN_REVIEW", resubmitted.path("status").asText());
        assertTrue(resubmitted.path("returnComment").isMissingNode(), "the old comment goes with the resubmission");
        assertEquals(4, outbox(PostSubmitted.class).size(), "a new submission emails the coordinators again");
    }

    @Test
    @DisplayName("a return needs a comment (422 on /comment) and a coordinator (403)")
    void returnNeedsCommentAndCoordinator() {
        String postId = draft("What storytime taught me", AUTHOR);
        submit(postId, AUTHOR);
        APIGatewayV2HTTPResponse blank = giveBack(postId, "   ", COORDINATOR);
        assertEquals(422, blank.getStatusCode(), blank.getBody());
        assertEquals("/comment", body(blank).path("errors").get(0).path("field").asText());
        assertEquals(422, giveBack(postId, "x".repeat(2001), COORDINATOR).getStatusCode());
        assertEquals(403, giveBack(postId, "Looks fine to me", AUTHOR).getStatusCode(), "an author does not return their own");
        assertEquals("IN_REVIEW", body(forEditing(postId, AUTHOR)).path("status").asText());
        assertEquals(List.of(), outbox(PostReturned.class));
    }

    @Test
    @DisplayName("someone else's draft: a stranger or another participant cannot read or submit it (404), a coordinator cannot submit it (403)")
    void onlyTheAuthorSubmits() {
        String postId = draft("What storytime taught me", AUTHOR);
        for (String intruder : List.of(STRANGER, OTHER_PARTICIPANT)) {
            assertEquals(404, submit(postId, intruder).getStatusCode(), intruder);
            assertEquals(404, forEditing(postId, intruder).getStatusCode(), intruder);
            assertEquals(404, edit(postId, "Mine now", "Mine.", intruder).getStatusCode(), intruder);
        }
        assertEquals(403, submit(postId, COORDINATOR).getStatusCode());
        assertEquals(200, forEditing(postId, COORDINATOR).getStatusCode(), "coordinators read every draft");
        assertEquals("DRAFT", body(forEditing(postId, AUTHOR)).path("status").asText());
        assertEquals(List.of(), outbox(PostSubmitted.class));
        assertEquals(404, submit("p-no-such-post", AUTHOR).getStatusCode());
    }

    @Test
    @DisplayName("an author's edit while in review keeps it in review; publishing takes it out of the queue")
    void editInReviewThenPublish() {
        String postId = draft("What storytime taught me", AUTHOR);
        submit(postId, AUTHOR);
        APIGatewayV2HTTPResponse edited = edit(postId, "What storytime taught me, so far", "Even better.", AUTHOR);
        assertEquals(200, edited.getStatusCode(), edited.getBody());
        assertEquals("IN_REVIEW", body(edited).path("status").asText());
        assertEquals(List.of(postId), queue(COORDINATOR));

        JsonNode published = body(publish(postId));
        assertEquals("PUBLISHED", published.path("status").asText());
        assertTrue(published.path("submittedAt").isMissingNode());
        assertEquals(List.of(), queue(COORDINATOR));
        assertEquals("What storytime taught me, so far", publicPost(published.path("slug").asText()).path("title").asText());
    }

    @Test
    @DisplayName("a participant's edit of a published post stays unpublished through submit and return, until a coordinator publishes it")
    void revisionWaitsForPublish() {
        String postId = draft("My mentoring story", AUTHOR);
        String slug = body(publish(postId)).path("slug").asText();
        assertEquals(409, submit(postId, AUTHOR).getStatusCode(), "a published post with no edit has nothing to review");

        clock.advance(Duration.ofHours(1));
        assertEquals(200, edit(postId, "My mentoring story, revised", "It went *brilliantly*.", AUTHOR).getStatusCode());
        JsonNode submitted = body(submit(postId, AUTHOR));
        assertEquals("PUBLISHED", submitted.path("status").asText(), "the published post stays published");
        assertEquals(List.of(postId), queue(COORDINATOR));
        PostSubmitted email = (PostSubmitted) outbox(PostSubmitted.class).get(0).message();
        assertTrue(email.revision());
        assertEquals("My mentoring story, revised", email.postTitle());
        assertEquals("My mentoring story", publicPost(slug).path("title").asText(), "submitted is not published");

        JsonNode returned = body(giveBack(postId, "Keep the old title, please.", COORDINATOR));
        assertEquals("PUBLISHED", returned.path("status").asText());
        assertEquals("My mentoring story, revised", returned.path("pendingRevision").path("title").asText(),
                "the returned revision stays with its author");
        assertEquals("My mentoring story", publicPost(slug).path("title").asText(), "returned is not published");
        assertFalse(publicPost(slug).path("html").asText().contains("brilliantly"));

        assertEquals(200, edit(postId, "My mentoring story", "It went *brilliantly*.", AUTHOR).getStatusCode());
        submit(postId, AUTHOR);
        assertEquals("My mentoring story", publicPost(slug).path("title").asText());
        assertFalse(publicPost(slug).path("html").asText().contains("brilliantly"), "still waiting for a coordinator");

        JsonNode live = body(publish(postId));
        assertTrue(live.path("pendingRevision").isMissingNode());
        assertTrue(publicPost(slug).path("html").asText().contains("<em>brilliantly</em>"), "published at last");
        assertEquals(List.of(), queue(COORDINATOR));
    }
}
