package example.mentoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.json.Json;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The local host serves the template's API over HTTP as API Gateway would")
class LocalHostIT {

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

    static String cohortBody(String name, Instant deadline) {
        return """
                {"name": "%s", "opensAt": "2026-01-01T00:00:00Z", "applicationDeadline": "%s",
                 "programStart": "2030-01-01", "programEnd": "2030-12-31"}""".formatted(name, deadline);
    }

    @Test
    @DisplayName("a cohort whose deadline is 10 s ahead stays OPEN until then and is CLOSED once the deadline passes, without anyone calling close")
    void closesItselfAtTheDeadline() throws Exception {
        String coordinator = api.token("coordinator@example.org", "coordinators");
        Instant deadline = api.clock().instant().plusSeconds(10).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> created = api.send("POST", "/cohorts", coordinator, cohortBody("Self Closing", deadline));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("OPEN", Json.parseBody(created.body()).path("status").asText());

        api.settle();
        assertEquals("OPEN", Json.parseBody(api.send("GET", "/cohorts/self-closing", null, null).body()).path("status").asText(),
                "closed before its deadline");
        api.clock().advance(Duration.ofSeconds(10));
        api.settle();
        JsonNode cohort = Json.parseBody(api.send("GET", "/cohorts/self-closing", null, null).body());
        assertTrue(cohort.has("closedAt"), "the schedule never closed the cohort: " + cohort);
        assertEquals("CLOSED", cohort.path("status").asText());
        assertEquals(deadline.toString(), cohort.path("closedAt").asText());
    }

    @Test
    @DisplayName("POST /cohorts: no token 401 as the JWT authorizer answers it, participant 403, bad fields 422 listing each, malformed JSON 400")
    void refusals() throws Exception {
        String body = cohortBody("Refused", Instant.now().plus(Duration.ofDays(30)));
        HttpResponse<String> anonymous = api.send("POST", "/cohorts", null, body);
        assertEquals(401, anonymous.statusCode());
        assertEquals("{\"message\":\"Unauthorized\"}", anonymous.body());
        assertEquals("application/json", anonymous.headers().firstValue("content-type").orElseThrow());
        assertEquals("Bearer", anonymous.headers().firstValue("www-authenticate").orElseThrow());
        HttpResponse<String> forged = api.send("POST", "/cohorts", "not-a-jwt", body);
        assertEquals(401, forged.statusCode());
        assertEquals("{\"message\":\"Unauthorized\"}", forged.body());
        assertTrue(forged.headers().firstValue("www-authenticate").orElseThrow().contains("invalid_token"));
        assertEquals(403, api.send("POST", "/cohorts", api.token("mentee@example.org"), body).statusCode());

        String coordinator = api.token("coordinator@example.org", "coordinators");
        HttpResponse<String> invalid = api.send("POST", "/cohorts", coordinator, "{\"name\": \"\", \"extra\": true}");
        assertEquals(422, invalid.statusCode());
        assertEquals(List.of("/extra", "/name", "/opensAt", "/applicationDeadline", "/programStart", "/programEnd"),
                Json.parseBody(invalid.body()).path("errors").findValuesAsText("field"));
        assertEquals(400, api.send("POST", "/cohorts", coordinator, "{not json").statusCode());
        assertEquals(404, api.send("GET", "/cohorts/refused", null, null).statusCode());
    }

    @Test
    @DisplayName("unknown routes and known paths with another method are both HTTP API's 404 {\"message\":\"Not Found\"}")
    void routing() throws Exception {
        for (var unknown : List.of(api.send("GET", "/nowhere", null, null), api.send("DELETE", "/cohorts", null, null))) {
            assertEquals(404, unknown.statusCode());
            assertEquals("{\"message\":\"Not Found\"}", unknown.body());
        }
        assertEquals(200, api.send("GET", "/cohorts", null, null).statusCode());
    }

    @Test
    @DisplayName("the local emails page lists what went through SES")
    void emails() throws Exception {
        HttpResponse<String> emails = api.send("GET", "/_local/emails", null, null);
        assertEquals(200, emails.statusCode());
        assertTrue(Json.parseBody(emails.body()).path("items").isArray());
    }
}
