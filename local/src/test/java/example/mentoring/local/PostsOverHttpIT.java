package example.mentoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import example.mentoring.emulator.EventFixtures;
import example.mentoring.json.Json;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Posts over HTTP: the cohort's draft, publishing, the feed, conditional reads")
class PostsOverHttpIT {

    static LocalApi api;

    @BeforeAll
    static void start() {
        api = new LocalApi();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @BeforeEach
    void empty() {
        api.reset();
    }

    @Test
    @DisplayName("a new cohort brings a draft 'Applications open' post that a coordinator edits and publishes")
    void cohortDraftPublished() throws Exception {
        String coordinator = Json.parseBody(api.send("POST", "/_local/tokens", null, Json.write(Map.of(
                "email", "coordinator@example.org", "groups", List.of("coordinators")))).body()).path("token").asText();
        HttpResponse<String> cohort = api.send("POST", "/cohorts", coordinator, """
                {"cohortId": "winter-2031", "name": "Winter 2031", "opensAt": "2026-01-01T00:00:00Z",
                 "applicationDeadline": "%s", "programStart": "2031-01-01", "programEnd": "2031-12-31"}"""
                .formatted(Instant.now().plus(Duration.ofDays(30))));
        assertEquals(201, cohort.statusCode(), cohort.body());
        assertEquals(404, api.send("GET", "/posts/applications-open-winter-2031", null, null).statusCode(), "still a draft");

        HttpResponse<String> published = api.send("POST", "/posts/open-winter-2031/publish", coordinator, "{}");
        assertEquals(200, published.statusCode(), published.body());
        HttpResponse<String> post = api.send("GET", "/posts/applications-open-winter-2031", null, null);
        assertEquals(200, post.statusCode());
        JsonNode read = Json.parseBody(post.body());
        assertEquals("Applications open: Winter 2031", read.path("title").asText());
        assertTrue(read.path("html").asText().contains("<strong>Winter 2031</strong>"));

        String etag = post.headers().firstValue("etag").orElseThrow();
        assertEquals(304, api.send("GET", "/posts/applications-open-winter-2031", null, null, "If-None-Match", etag).statusCode());
        HttpResponse<String> feed = api.send("GET", "/feed.atom", null, null);
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("content-type").orElseThrow().startsWith("application/atom+xml"));
        assertTrue(feed.body().contains("<title>Applications open: Winter 2031</title>"), feed.body());
        assertEquals(400, api.send("GET", "/unsubscribe?token=forged", null, null).statusCode());
    }

    @Test
    @DisplayName("a matched participant signs with their application's name; their edit of the published post waits for a coordinator")
    void participantPostUnderReview() throws Exception {
        String coordinator = api.token("coordinator@example.org", "coordinators");
        assertEquals(201, api.send("POST", "/cohorts", coordinator, """
                {"cohortId": "authors-2031", "name": "Authors 2031", "opensAt": "2026-01-01T00:00:00Z",
                 "applicationDeadline": "%s", "programStart": "2031-01-01", "programEnd": "2031-12-31"}"""
                .formatted(Instant.now().plus(Duration.ofDays(30)))).statusCode());
        apply("submit-application/submit-mentor.json", "Avery Mentor", "avery@example.org");
        apply("submit-application/submit-mentee.json", "Quinn Author", "quinn@example.org");
        assertEquals(200, api.send("POST", "/cohorts/authors-2031/close", coordinator, null).statusCode());
        HttpResponse<String> run = api.send("POST", "/cohorts/authors-2031/matching-runs", coordinator, "{\"includeUnconfirmed\": true}");
        assertEquals(201, run.statusCode(), run.body());
        String runId = Json.parseBody(run.body()).path("runId").asText();
        HttpResponse<String> confirmed = api.send("POST", "/cohorts/authors-2031/matching-runs/" + runId + "/confirm", coordinator, null);
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        String quinn = api.token("quinn@example.org");

        HttpResponse<String> impostor = api.send("POST", "/posts", quinn,
                "{\"title\": \"Our year\", \"bodyMarkdown\": \"It went well.\", \"authorName\": \"Program Coordinators\"}");
        assertEquals(422, impostor.statusCode(), impostor.body());
        assertEquals("/authorName", Json.parseBody(impostor.body()).path("errors").get(0).path("field").asText());
        HttpResponse<String> created = api.send("POST", "/posts", quinn, "{\"title\": \"Our year\", \"bodyMarkdown\": \"It went well.\"}");
        assertEquals(201, created.statusCode(), created.body());
        String postId = Json.parseBody(created.body()).path("postId").asText();
        assertEquals(200, api.send("POST", "/posts/" + postId + "/publish", coordinator, "{}").statusCode());
        assertEquals("Quinn Author", Json.parseBody(api.send("GET", "/posts/our-year", null, null).body()).path("authorName").asText());

        HttpResponse<String> edited = api.send("PUT", "/posts/" + postId, quinn,
                "{\"title\": \"Our year, revised\", \"bodyMarkdown\": \"It went *brilliantly*.\"}");
        assertEquals(200, edited.statusCode(), edited.body());
        assertEquals("Our year, revised", Json.parseBody(edited.body()).path("pendingRevision").path("title").asText());
        JsonNode read = Json.parseBody(api.send("GET", "/posts/our-year", null, null).body());
        assertEquals("Our year", read.path("title").asText(), "the published text stays");
        assertTrue(!api.send("GET", "/feed.atom", null, null).body().contains("revised"));

        HttpResponse<String> live = api.send("POST", "/posts/" + postId + "/publish", coordinator, "{}");
        assertEquals(200, live.statusCode(), live.body());
        JsonNode now = Json.parseBody(api.send("GET", "/posts/our-year", null, null).body());
        assertEquals("Our year, revised", now.path("title").asText());
        assertTrue(now.path("html").asText().contains("<em>brilliantly</em>"), now.path("html").asText());
        assertTrue(api.send("GET", "/feed.atom", null, null).body().contains("<title>Our year, revised</title>"));
    }

    static void apply(String sample, String name, String email) throws Exception {
        ObjectNode form = (ObjectNode) Json.parseBody(EventFixtures.http(sample).getBody());
        form.put("name", name);
        form.put("email", email);
        HttpResponse<String> response = api.send("POST", "/cohorts/authors-2031/applications", null, Json.write(form));
        assertEquals(201, response.statusCode(), response.body());
    }
}
