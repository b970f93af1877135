package example.mentoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.emulator.MotoServer;
import example.mentoring.http.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Posts over HTTP: the cohort's draft, publishing, the feed, conditional reads")
class PostsOverHttpIT {

    static LocalHost host;
    static HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        host = LocalHost.start(0, Optional.empty(), MotoServer.freePort());
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    static HttpResponse<String> send(String method, String path, String token, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + host.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("content-type", "application/json");
        if (token != null) {
            request.header("authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("a new cohort brings a draft 'Applications open' post that a coordinator edits and publishes")
    void cohortDraftPublished() throws Exception {
        String coordinator = Json.parseBody(send("POST", "/_local/tokens", null, Json.write(Map.of(
                "email", "coordinator@example.org", "groups", List.of("coordinators")))).body()).path("token").asText();
        HttpResponse<String> cohort = send("POST", "/cohorts", coordinator, """
                {"cohortId": "winter-2031", "name": "Winter 2031", "opensAt": "2026-01-01T00:00:00Z",
                 "applicationDeadline": "%s", "programStart": "2031-01-01", "programEnd": "2031-12-31"}"""
                .formatted(Instant.now().plus(Duration.ofDays(30))));
        assertEquals(201, cohort.statusCode(), cohort.body());
        assertEquals(404, send("GET", "/posts/applications-open-winter-2031", null, null).statusCode(), "still a draft");

        HttpResponse<String> published = send("POST", "/posts/open-winter-2031/publish", coordinator, "{}");
        assertEquals(200, published.statusCode(), published.body());
        HttpResponse<String> post = send("GET", "/posts/applications-open-winter-2031", null, null);
        assertEquals(200, post.statusCode());
        JsonNode read = Json.parseBody(post.body());
        assertEquals("Applications open: Winter 2031", read.path("title").asText());
        assertTrue(read.path("html").asText().contains("<strong>Winter 2031</strong>"));

        String etag = post.headers().firstValue("etag").orElseThrow();
        assertEquals(304, send("GET", "/posts/applications-open-winter-2031", null, null, "If-None-Match", etag).statusCode());
        HttpResponse<String> feed = send("GET", "/feed.atom", null, null);
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("content-type").orElseThrow().startsWith("application/atom+xml"));
        assertTrue(feed.body().contains("<title>Applications open: Winter 2031</title>"), feed.body());
        assertEquals(400, send("GET", "/unsubscribe?token=forged", null, null).statusCode());
    }
}
