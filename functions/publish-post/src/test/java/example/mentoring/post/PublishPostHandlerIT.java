package example.mentoring.post;

import static example.mentoring.emulator.EventFixtures.as;
import static example.mentoring.emulator.EventFixtures.http;
import static example.mentoring.emulator.EventFixtures.withBody;
import static example.mentoring.emulator.EventFixtures.withPathParameter;
import static example.mentoring.emulator.EventFixtures.withQuery;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Transactions;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.fixtures.Seed;
import example.mentoring.paging.Page;
import example.mentoring.json.Json;
import example.mentoring.match.Match;
import example.mentoring.match.Matches;
import example.mentoring.notification.Notification;
import example.mentoring.notification.NotificationStatus;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.email.NewsletterEntry;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;

@ExtendWith(Moto.class)
@DisplayName("Posts: drafts stay private, published posts are public with ETags and a feed, newsletters respect opt-outs")
class PublishPostHandlerIT {

    static final String COORDINATOR = "coordinator@example.org";

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
        match("m1", "dana@example.net", "marlowe@example.org");
        match("m2", "dana@example.net", "sam@example.org");
    }

    void match(String matchId, String mentor, String mentee) {
        Seed.match(aws, matchId, "fall-2027", mentor, mentee, LocalDate.parse("2027-03-20"));
    }

    APIGatewayV2HTTPResponse call(APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(event, null);
    }

    static JsonNode body(APIGatewayV2HTTPResponse response) {
        return Json.parseBody(response.getBody());
    }

    /** A draft by {@code author}; a participant signs with their application's name (the only byline they may use). */
    JsonNode draft(String title, String markdown, String author) {
        ObjectNode post = (ObjectNode) Json.parseBody(http("publish-post/create-post.json").getBody());
        post.put("title", title);
        post.put("bodyMarkdown", markdown);
        if (!author.equals(COORDINATOR)) {
            post.put("authorName", Seed.nameOf(author));
        }
        APIGatewayV2HTTPResponse created = create(post, author);
        assertEquals(201, created.getStatusCode(), created.getBody());
        return body(created);
    }

    APIGatewayV2HTTPResponse create(ObjectNode post, String author) {
        return call(as(withBody(http("publish-post/create-post.json"), Json.write(post)),
                author, author.equals(COORDINATOR) ? new String[] {"coordinators"} : new String[0]));
    }

    /** An edit by {@code editor}: the sample edit with this title and body, a participant signing as on their application. */
    APIGatewayV2HTTPResponse edit(String postId, String title, String markdown, String editor) {
        ObjectNode edit = (ObjectNode) Json.parseBody(http("publish-post/edit-post.json").getBody());
        edit.put("title", title);
        edit.put("bodyMarkdown", markdown);
        if (!editor.equals(COORDINATOR)) {
            edit.put("authorName", Seed.nameOf(editor));
        }
        return call(as(withBody(withPathParameter(http("publish-post/edit-post.json"), "post", postId), Json.write(edit)),
                editor, editor.equals(COORDINATOR) ? new String[] {"coordinators"} : new String[0]));
    }

    String feedXml() {
        return call(http("publish-post/feed.json")).getBody();
    }

    APIGatewayV2HTTPResponse publish(String postId, String body) {
        return call(withBody(withPathParameter(http("publish-post/publish-post.json"), "post", postId), body));
    }

    APIGatewayV2HTTPResponse bySlug(String slug) {
        return call(withPathParameter(http("publish-post/get-post.json"), "post", slug));
    }

    @Test
    @DisplayName("draft, then publish: in the list, by slug and in the feed; the draft was never public")
    void draftToPublished() throws Exception {
        JsonNode created = draft("Become a mentor: Fall 2027", "## Why?\n\nShare what you *know*.", COORDINATOR);
        assertEquals("DRAFT", created.path("status").asText());
        String slug = created.path("slug").asText();
        assertEquals("become-a-mentor-fall-2027", slug);
        assertEquals(404, bySlug(slug).getStatusCode());
        assertEquals(0, body(call(http("publish-post/list-posts.json"))).path("items").size());

        assertEquals(200, publish(created.path("postId").asText(), "{}").getStatusCode());
        JsonNode listed = body(call(http("publish-post/list-posts.json"))).path("items").get(0);
        assertEquals(slug, listed.path("slug").asText());
        assertEquals("Why? Share what you know.", listed.path("summary").asText());
        assertEquals(clock.instant().toString(), listed.path("publishedAt").asText());
        JsonNode post = body(bySlug(slug));
        assertTrue(post.path("html").asText().contains("<em>know</em>"), post.path("html").asText());

        APIGatewayV2HTTPResponse feed = call(http("publish-post/feed.json"));
        assertEquals("application/atom+xml; charset=utf-8", feed.getHeaders().get("content-type"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document atom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.getBody().getBytes(StandardCharsets.UTF_8)));
        assertEquals("http://www.w3.org/2005/Atom", atom.getDocumentElement().getNamespaceURI());
        assertEquals(1, atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength());
    }

    @Test
    @DisplayName("public reads carry an ETag; the same ETag in If-None-Match gets 304")
    void etags() {
        publish(draft("Cached", "Text", COORDINATOR).path("postId").asText(), "{}");
        APIGatewayV2HTTPResponse first = bySlug("cached");
        String etag = first.getHeaders().get("etag");
        assertTrue(etag.startsWith("\"") && etag.endsWith("\""), etag);
        assertEquals("public, max-age=60", first.getHeaders().get("cache-control"));
        APIGatewayV2HTTPEvent again = withPathParameter(http("publish-post/get-post.json"), "post", "cached");
        again.getHeaders().put("if-none-match", etag);
        APIGatewayV2HTTPResponse notModified = call(again);
        assertEquals(304, notModified.getStatusCode());
        assertEquals("", notModified.getBody());
        APIGatewayV2HTTPEvent list = http("publish-post/list-posts.json");
        list.getHeaders().put("if-none-match", call(http("publish-post/list-posts.json")).getHeaders().get("etag"));
        assertEquals(304, call(list).getStatusCode());
    }

    @Test
    @DisplayName("colliding titles get -2, -3; a published post keeps its slug when its title changes")
    void slugs() {
        assertEquals("spring-update", draft("Spring update", "a", COORDINATOR).path("slug").asText());
        assertEquals("spring-update-2", draft("Spring Update!", "b", COORDINATOR).path("slug").asText());
        JsonNode third = draft("Spring ùpdate", "c", COORDINATOR);
        assertEquals("spring-update-3", third.path("slug").asText());
        publish(third.path("postId").asText(), "{}");
        ObjectNode edit = (ObjectNode) Json.parseBody(http("publish-post/edit-post.json").getBody());
        edit.put("title", "A different title");
        APIGatewayV2HTTPResponse edited = call(withBody(withPathParameter(http("publish-post/edit-post.json"), "post",
                third.path("postId").asText()), Json.write(edit)));
        assertEquals(200, edited.getStatusCode(), edited.getBody());
        assertEquals("spring-update-3", body(edited).path("slug").asText());
        assertEquals("A different title", body(bySlug("spring-update-3")).path("title").asText());
    }

    @Test
    @DisplayName("the 40th post with one title costs the same few calls as the 2nd: slugs are numbered by a counter, not by probing")
    void slugsInConstantCalls() {
        draft("Monthly update", "first", COORDINATOR);
        CallCounter.reset();
        assertEquals("monthly-update-2", draft("Monthly update", "second", COORDINATOR).path("slug").asText());
        int second = CallCounter.total();
        for (int n = 3; n < 40; n++) {
            draft("Monthly update", "again", COORDINATOR);
        }
        CallCounter.reset();
        assertEquals("monthly-update-40", draft("Monthly update", "fortieth", COORDINATOR).path("slug").asText());
        assertEquals(second, CallCounter.total(), "calls for the 40th: " + CallCounter.snapshot());
    }

    @Test
    @DisplayName("a title in another script gets a readable transliterated slug, not 'post'")
    void nonLatinTitles() {
        assertEquals("biblioteka-dlya-detey", draft("Библиотека для детей", "a", COORDINATOR).path("slug").asText());
        assertEquals("biblioteka-dlya-detey-2", draft("Библиотека для детей!", "b", COORDINATOR).path("slug").asText());
    }

    @Test
    @DisplayName("participants write drafts and edit only their own; strangers write nothing; only coordinators publish")
    void whoMayWrite() {
        JsonNode mine = draft("My mentoring story", "It went well.", "marlowe@example.org");
        ObjectNode edit = (ObjectNode) Json.parseBody(http("publish-post/edit-post.json").getBody());
        edit.put("title", "My mentoring story, part 1");
        edit.put("authorName", "Marlowe");
        APIGatewayV2HTTPEvent byAuthor = withBody(withPathParameter(http("publish-post/edit-post.json"), "post",
                mine.path("postId").asText()), Json.write(edit));
        assertEquals(200, call(as(byAuthor, "marlowe@example.org")).getStatusCode());
        APIGatewayV2HTTPEvent byOther = withBody(withPathParameter(http("publish-post/edit-post.json"), "post",
                mine.path("postId").asText()), Json.write(edit));
        assertEquals(404, call(as(byOther, "sam@example.org")).getStatusCode(), "someone else's draft is invisible");
        assertEquals(403, call(as(http("publish-post/create-post.json"), "stranger@example.org")).getStatusCode());
        assertEquals(403, call(as(withPathParameter(http("publish-post/publish-post.json"), "post",
                mine.path("postId").asText()), "marlowe@example.org")).getStatusCode());
    }

    @Test
    @DisplayName("a participant's edit of a published post waits as a revision: public reads and the feed keep the published text")
    void participantEditWaits() {
        String postId = draft("My mentoring story", "It went **well**.", "marlowe@example.org").path("postId").asText();
        assertEquals(200, publish(postId, "{}").getStatusCode());
        Instant publishedAt = clock.instant();
        clock.advance(Duration.ofHours(1));

        APIGatewayV2HTTPResponse edited = edit(postId, "My mentoring story, revised", "It went *brilliantly*.", "marlowe@example.org");
        assertEquals(200, edited.getStatusCode(), edited.getBody());
        JsonNode editView = body(edited);
        assertEquals("My mentoring story", editView.path("title").asText(), "the published text stays");
        assertEquals("my-mentoring-story", editView.path("slug").asText());
        assertEquals("My mentoring story, revised", editView.path("pendingRevision").path("title").asText());
        assertEquals(clock.instant().toString(), editView.path("pendingRevision").path("updatedAt").asText());
        assertTrue(editView.path("pendingRevision").path("html").asText().contains("<em>brilliantly</em>"));

        JsonNode read = body(bySlug("my-mentoring-story"));
        assertEquals("My mentoring story", read.path("title").asText());
        assertTrue(read.path("html").asText().contains("<strong>well</strong>"), read.path("html").asText());
        assertFalse(read.path("html").asText().contains("brilliantly"));
        assertEquals(publishedAt.toString(), read.path("updatedAt").asText(), "not even the update time moves");
        assertTrue(read.path("pendingRevision").isMissingNode(), "the public never sees a revision");
        JsonNode listed = body(call(http("publish-post/list-posts.json"))).path("items").get(0);
        assertEquals("My mentoring story", listed.path("title").asText());
        assertEquals("It went well.", listed.path("summary").asText());
        assertFalse(feedXml().contains("revised") || feedXml().contains("brilliantly"), feedXml());
    }

    @Test
    @DisplayName("a coordinator's publish makes the waiting revision live under the same slug; again, it changes nothing")
    void coordinatorPublishesRevision() {
        String postId = draft("My mentoring story", "It went well.", "marlowe@example.org").path("postId").asText();
        publish(postId, "{}");
        clock.advance(Duration.ofHours(1));
        assertEquals(200, edit(postId, "A new title", "It went *brilliantly*.", "marlowe@example.org").getStatusCode());
        clock.advance(Duration.ofHours(1));

        JsonNode live = body(publish(postId, "{}"));
        assertEquals("A new title", live.path("title").asText());
        assertEquals("my-mentoring-story", live.path("slug").asText(), "a published slug is fixed");
        assertTrue(live.path("pendingRevision").isMissingNode(), live.toString());
        assertEquals(clock.instant().toString(), live.path("updatedAt").asText());

        JsonNode read = body(bySlug("my-mentoring-story"));
        assertEquals("A new title", read.path("title").asText());
        assertTrue(read.path("html").asText().contains("<em>brilliantly</em>"), read.path("html").asText());
        assertEquals(clock.instant().toString(), read.path("updatedAt").asText());
        assertEquals("Marlowe", read.path("authorName").asText());
        assertEquals(404, bySlug("a-new-title").getStatusCode(), "the revision's title claims no slug");
        assertTrue(feedXml().contains("<title>A new title</title>"), feedXml());

        Instant liveAt = clock.instant();
        clock.advance(Duration.ofHours(1));
        JsonNode again = body(publish(postId, "{}"));
        assertEquals(liveAt.toString(), again.path("updatedAt").asText(), "publishing again changes nothing");
    }

    @Test
    @DisplayName("a coordinator's edit of a published post goes live at once and leaves a waiting revision alone")
    void coordinatorEditGoesLive() {
        String postId = draft("My mentoring story", "It went well.", "marlowe@example.org").path("postId").asText();
        publish(postId, "{}");
        assertEquals(200, edit(postId, "By the author", "Waiting.", "marlowe@example.org").getStatusCode());

        JsonNode fixed = body(edit(postId, "Fixed by a coordinator", "Typo fixed.", COORDINATOR));
        assertEquals("Fixed by a coordinator", fixed.path("title").asText());
        assertEquals("By the author", fixed.path("pendingRevision").path("title").asText());
        assertEquals("Fixed by a coordinator", body(bySlug("my-mentoring-story")).path("title").asText());
        assertEquals("By the author", body(publish(postId, "{}")).path("title").asText());
    }

    @Test
    @DisplayName("a participant's byline is their application's name: another is refused on /authorName, none is filled in")
    void participantByline() {
        ObjectNode post = (ObjectNode) Json.parseBody(http("publish-post/create-post.json").getBody());
        post.put("authorName", "Program Coordinators");
        APIGatewayV2HTTPResponse refused = create(post, "marlowe@example.org");
        assertEquals(422, refused.getStatusCode(), refused.getBody());
        assertEquals("/authorName", body(refused).path("errors").get(0).path("field").asText());
        assertEquals(1, body(refused).path("errors").size());

        post.remove("authorName");
        String postId = body(create(post, "marlowe@example.org")).path("postId").asText();
        assertEquals("Marlowe", body(publish(postId, "{}")).path("authorName").asText());
        assertEquals("Marlowe", body(bySlug("become-a-mentor-fall-2027")).path("authorName").asText());

        post.put("authorName", "Marlowe");
        post.put("title", "Named as on my application");
        assertEquals(201, create(post, "marlowe@example.org").getStatusCode(), "the application's own name is fine");

        ObjectNode sneaky = (ObjectNode) Json.parseBody(http("publish-post/edit-post.json").getBody());
        sneaky.put("authorName", "Program Coordinators");
        APIGatewayV2HTTPResponse edited = call(as(withBody(withPathParameter(http("publish-post/edit-post.json"), "post",
                postId), Json.write(sneaky)), "marlowe@example.org"));
        assertEquals(422, edited.getStatusCode(), edited.getBody());
        assertEquals("/authorName", body(edited).path("errors").get(0).path("field").asText());
    }

    @Test
    @DisplayName("in several matches, a participant's byline is the name on the most recent one")
    void bylineOfMostRecentMatch() {
        new Transactions(aws).write(List.of(new Matches(aws).add(new Match("m3", "spring-2028", "run-2",
                "app-dana-2", "app-robin", "Dana Whitfield", "dana@example.net", "Robin", "robin@example.org", 10,
                List.of("storytime"), LocalDate.parse("2028-03-20"), Instant.parse("2028-03-20T00:00:00Z")))));
        ObjectNode post = (ObjectNode) Json.parseBody(http("publish-post/create-post.json").getBody());
        post.remove("authorName");
        String postId = body(create(post, "dana@example.net")).path("postId").asText();
        assertEquals("Dana Whitfield", body(publish(postId, "{}")).path("authorName").asText());
    }

    @Test
    @DisplayName("coordinators sign as they like, but must sign")
    void coordinatorByline() {
        ObjectNode post = (ObjectNode) Json.parseBody(http("publish-post/create-post.json").getBody());
        post.put("authorName", "Program Coordinators");
        String postId = body(create(post, COORDINATOR)).path("postId").asText();
        assertEquals("Program Coordinators", body(publish(postId, "{}")).path("authorName").asText());
        post.remove("authorName");
        APIGatewayV2HTTPResponse unsigned = create(post, COORDINATOR);
        assertEquals(422, unsigned.getStatusCode());
        assertEquals("/authorName", body(unsigned).path("errors").get(0).path("field").asText());
    }

    @Test
    @DisplayName("someone else's published post: a participant's edit is refused and nothing waits")
    void strangerCannotRevise() {
        String postId = draft("My mentoring story", "It went well.", "marlowe@example.org").path("postId").asText();
        publish(postId, "{}");
        assertEquals(403, edit(postId, "Hijacked", "Mine now.", "sam@example.org").getStatusCode());
        assertEquals(403, edit(postId, "Hijacked", "Mine now.", "stranger@example.org").getStatusCode());
        JsonNode again = body(publish(postId, "{}"));
        assertEquals("My mentoring story", again.path("title").asText());
        assertTrue(again.path("pendingRevision").isMissingNode());
    }

    @Test
    @DisplayName("a revision written over a stale read is refused, so two edits never lose each other")
    void staleRevisionRefused() {
        String postId = draft("My mentoring story", "It went well.", "marlowe@example.org").path("postId").asText();
        publish(postId, "{}");
        Posts posts = new Posts(aws);
        Post stale = posts.find(postId).orElseThrow();
        assertEquals(200, edit(postId, "First edit", "One.", "marlowe@example.org").getStatusCode());
        Post second = new PostRendering(new MarkdownRenderer()).revise(stale,
                new PostForm("Second edit", "Two.", "Marlowe", List.of(), Optional.empty()), clock.instant());
        assertThrows(Transactions.ConditionsFailed.class, () -> new Transactions(aws).write(posts.replace(stale, second)));
        assertEquals("First edit", body(publish(postId, "{}")).path("title").asText());
    }

    @Test
    @DisplayName("hostile Markdown is stored and served as safe HTML")
    void hostileMarkdown() {
        JsonNode post = draft("Hostile", """
                <script>alert(1)</script>

                <img src=x onerror=alert(1)>

                [click](javascript:alert(1)) and [ok](https://example.org) and ![i](data:image/png;base64,AAAA)

                <a href="data:text/html;base64,PHNjcmlwdD4=">data</a> <svg onload=alert(1)></svg>
                """, COORDINATOR);
        publish(post.path("postId").asText(), "{}");
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parseBodyFragment(body(bySlug("hostile")).path("html").asText());
        assertTrue(html.select("script, svg, iframe").isEmpty(), html.html());
        for (org.jsoup.nodes.Element element : html.getAllElements()) {
            for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase().startsWith("on"), html.html());
                String value = attribute.getValue().toLowerCase().strip();
                assertFalse(value.startsWith("javascript:") || value.startsWith("data:"), html.html());
            }
        }
        assertEquals("nofollow noopener", html.selectFirst("a[href=https://example.org]").attr("rel"));
    }

    @Test
    @DisplayName("the newsletter reaches exactly the matched participants who did not unsubscribe, once")
    void newsletter() throws Exception {
        String first = draft("Spring news", "We matched **40** pairs.", COORDINATOR).path("postId").asText();
        JsonNode published = body(publish(first, "{\"notifyCohortId\": \"fall-2027\"}"));
        assertEquals(3, published.path("newslettersQueued").asInt());
        List<Notification> sent = newsletters();
        assertEquals(Set.of("dana@example.net", "marlowe@example.org", "sam@example.org"),
                Set.copyOf(sent.stream().map(Notification::recipient).toList()));
        assertEquals(0, body(publish(first, "{\"notifyCohortId\": \"fall-2027\"}")).path("newslettersQueued").asInt() - 3,
                "a repeated publish queues the same entries");
        assertEquals(3, newsletters().size(), "and records nothing twice");

        NewsletterEntry toSam = (NewsletterEntry) sent.stream().filter(n -> n.recipient().equals("sam@example.org"))
                .findFirst().orElseThrow().message();
        assertEquals(200, call(withQuery(http("publish-post/unsubscribe-one-click.json"),
                Map.of("token", tokenOf(toSam)))).getStatusCode());

        clock.advance(Duration.ofDays(30));
        String second = draft("Summer news", "More pairs.", COORDINATOR).path("postId").asText();
        assertEquals(2, body(publish(second, "{\"notifyCohortId\": \"fall-2027\"}")).path("newslettersQueued").asInt());
        assertEquals(5, newsletters().size());
        assertEquals(1, newsletters().stream().filter(n -> n.recipient().equals("sam@example.org")).count());
        assertEquals(422, publish(second, "{\"notifyCohortId\": \"no-such-cohort\"}").getStatusCode());
    }

    @Test
    @DisplayName("a long post to 150 people publishes and queues every newsletter; entries name the post, a few hundred bytes each")
    void longPostToManyPeople() {
        for (int i = 0; i < 75; i++) {
            match("big-" + i, "mentor" + i + "@example.org", "mentee" + i + "@example.org");
        }
        String paragraph = "Our mentors met their mentees this week and talked about storytime, outreach and budgets. ";
        String markdown = (paragraph.repeat(6) + "\n\n").repeat(110); // about 60 KB of Markdown
        assertTrue(markdown.length() > 55_000 && markdown.length() < 62_000, "" + markdown.length());
        String postId = draft("A long spring update", markdown, COORDINATOR).path("postId").asText();

        APIGatewayV2HTTPResponse published = publish(postId, "{\"notifyCohortId\": \"fall-2027\"}");
        assertEquals(200, published.getStatusCode(), published.getBody());
        assertEquals(153, body(published).path("newslettersQueued").asInt());
        List<java.util.Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> items = aws.dynamoDb()
                .scan(r -> r.tableName(aws.environment().tableName(example.mentoring.aws.Table.NOTIFICATIONS))).items();
        assertEquals(153, items.size());
        for (var item : items) {
            long size = example.mentoring.aws.ItemSize.of(item);
            assertTrue(size < 4096, "an outbox entry of " + size + " bytes copies the post");
        }
        NewsletterEntry entry = (NewsletterEntry) newsletters().getFirst().message();
        assertEquals(postId, entry.postId());
        assertEquals(new Posts(aws).find(postId).orElseThrow().version(), entry.postVersion());
    }

    /** A GFM table of empty cells: 1 byte of Markdown per cell, 9 bytes of HTML ({@code <td></td>}) each. */
    static String wideTable(int rows) {
        int columns = 40;
        String header = "|" + "h|".repeat(columns) + "\n|" + "-|".repeat(columns) + "\n";
        return header + ("|" + "|".repeat(columns) + "\n").repeat(rows);
    }

    @Test
    @DisplayName("a post whose rendered item would exceed the size limit is a 413 post-too-large on /bodyMarkdown, and nothing is stored")
    void postTooLarge() {
        ObjectNode post = (ObjectNode) Json.parseBody(http("publish-post/create-post.json").getBody());
        post.put("title", "Big table");
        post.put("bodyMarkdown", wideTable(1400));
        assertTrue(Json.write(post).length() < 64 * 1024, "within the request body limit");
        APIGatewayV2HTTPResponse refused = create(post, COORDINATOR);
        assertEquals(413, refused.getStatusCode(), refused.getBody());
        assertEquals("application/problem+json", refused.getHeaders().get("content-type"));
        JsonNode problem = body(refused);
        assertTrue(problem.path("type").asText().endsWith("/post-too-large"), problem.toString());
        assertEquals("/bodyMarkdown", problem.path("errors").get(0).path("field").asText(), problem.toString());
        assertEquals("big-table", draft("Big table", "Small now.", COORDINATOR).path("slug").asText(),
                "the refused post claimed no slug");

        String postId = draft("Growing", "Small.", COORDINATOR).path("postId").asText();
        APIGatewayV2HTTPResponse edited = edit(postId, "Growing", wideTable(1400), COORDINATOR);
        assertEquals(413, edited.getStatusCode(), edited.getBody());
        assertEquals("Small.", new Posts(aws).find(postId).orElseThrow().bodyMarkdown(), "the edit stored nothing");
    }

    @Test
    @DisplayName("a post of pictures only (no plain text) publishes and queues its newsletters")
    void imageOnlyPost() {
        String postId = draft("Our picnic", "![](https://mentoring.example/picnic.jpg)", COORDINATOR).path("postId").asText();
        APIGatewayV2HTTPResponse published = publish(postId, "{\"notifyCohortId\": \"fall-2027\"}");
        assertEquals(200, published.getStatusCode(), published.getBody());
        assertEquals(3, body(published).path("newslettersQueued").asInt());
    }

    static String tokenOf(NewsletterEntry newsletter) {
        return URI.create(newsletter.unsubscribeUrl()).getQuery().substring("token=".length());
    }

    Set<String> optedOut() {
        return new Subscriptions(aws).unsubscribed(List.of("dana@example.net", "marlowe@example.org", "sam@example.org"));
    }

    @Test
    @DisplayName("an unsubscribe link's GET shows a page with a button and changes nothing; its POST opts out, idempotently")
    void unsubscribeNeedsThePost() {
        String postId = draft("Spring news", "We matched **40** pairs.", COORDINATOR).path("postId").asText();
        publish(postId, "{\"notifyCohortId\": \"fall-2027\"}");
        NewsletterEntry toMarlowe = (NewsletterEntry) newsletters().stream().filter(n -> n.recipient().equals("marlowe@example.org"))
                .findFirst().orElseThrow().message();
        String token = tokenOf(toMarlowe);

        APIGatewayV2HTTPResponse page = call(withQuery(http("publish-post/unsubscribe-page.json"), Map.of("token", token)));
        assertEquals(200, page.getStatusCode());
        assertTrue(page.getHeaders().get("content-type").startsWith("text/html"));
        assertEquals("no-store", page.getHeaders().get("cache-control"));
        assertEquals("no-referrer", page.getHeaders().get("referrer-policy"));
        org.jsoup.nodes.Element form = org.jsoup.Jsoup.parse(page.getBody()).selectFirst("form");
        assertEquals("post", form.attr("method"));
        assertEquals("?token=" + token, form.attr("action"));
        assertEquals(Set.of(), optedOut(), "a GET (a mail scanner's fetch) opts nobody out");

        APIGatewayV2HTTPResponse done = call(withQuery(http("publish-post/unsubscribe-one-click.json"), Map.of("token", token)));
        assertEquals(200, done.getStatusCode(), done.getBody());
        assertEquals(Set.of("marlowe@example.org"), optedOut());
        assertEquals(200, call(withQuery(http("publish-post/unsubscribe-one-click.json"), Map.of("token", token))).getStatusCode());
        assertEquals(Set.of("marlowe@example.org"), optedOut());

        clock.advance(Duration.ofDays(30));
        String again = draft("Summer news", "More pairs.", COORDINATOR).path("postId").asText();
        publish(again, "{\"notifyCohortId\": \"fall-2027\"}");
        NewsletterEntry later = (NewsletterEntry) newsletters().stream().filter(n -> n.recipient().equals("dana@example.net"))
                .reduce((first, second) -> second).orElseThrow().message();
        assertEquals(tokenOf(later).split("\\.")[1], tokenOf((NewsletterEntry) newsletters().stream()
                .filter(n -> n.recipient().equals("dana@example.net")).findFirst().orElseThrow().message()).split("\\.")[1],
                "a subscriber keeps one id");
    }

    @Test
    @DisplayName("a changed, expired or missing unsubscribe token: the page says so (400), the POST is a 400 problem")
    void badTokens() {
        String postId = draft("Spring news", "Text.", COORDINATOR).path("postId").asText();
        publish(postId, "{\"notifyCohortId\": \"fall-2027\"}");
        String token = tokenOf((NewsletterEntry) newsletters().get(0).message());
        String changed = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        APIGatewayV2HTTPResponse page = call(withQuery(http("publish-post/unsubscribe-page.json"), Map.of("token", changed)));
        assertEquals(400, page.getStatusCode());
        assertTrue(page.getHeaders().get("content-type").startsWith("text/html"));
        assertTrue(org.jsoup.Jsoup.parse(page.getBody()).select("form").isEmpty());
        APIGatewayV2HTTPResponse post = call(withQuery(http("publish-post/unsubscribe-one-click.json"), Map.of("token", changed)));
        assertEquals(400, post.getStatusCode());
        assertEquals("application/problem+json", post.getHeaders().get("content-type"));
        assertEquals(400, call(http("publish-post/unsubscribe-one-click.json")).getStatusCode());

        clock.advance(Duration.ofDays(366));
        assertEquals(400, call(withQuery(http("publish-post/unsubscribe-one-click.json"), Map.of("token", token))).getStatusCode(),
                "unsubscribe links expire after a year");
        assertEquals(Set.of(), optedOut());
    }

    List<Notification> newsletters() {
        return notifications.list(NotificationStatus.PENDING, Page.Request.first(100)).items().stream()
                .filter(n -> n.message() instanceof NewsletterEntry).toList();
    }
}
