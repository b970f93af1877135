package example.mentoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.http.Json;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
}
