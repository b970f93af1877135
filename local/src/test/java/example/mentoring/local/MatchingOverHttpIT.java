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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Matching over HTTP: close a cohort, run, read, confirm, everyone hears about it, pairs log meetings")
class MatchingOverHttpIT {

    static LocalApi api;
    static String coordinator;

    @BeforeAll
    static void start() throws Exception {
        api = new LocalApi();
        coordinator = api.token("coordinator@example.org", "coordinators");
    }

    @AfterAll
    static void stop() {
        api.close();
    }
    static void apply(boolean mentor, int i) throws Exception {
        ObjectNode form = (ObjectNode) Json.parseBody(EventFixtures.http(mentor
                ? "submit-application/submit-mentor.json" : "submit-application/submit-mentee.json").getBody());
        form.put("name", (mentor ? "Mentor " : "Mentee ") + i);
        form.put("email", (mentor ? "mentor" : "mentee") + i + "@example.org");
        form.put("institution", "Library " + i);
        if (mentor) {
            form.put("mentorCapacity", 1);
        }
        HttpResponse<String> response = api.send("POST", "/cohorts/match-me/applications", null, Json.write(form));
        assertEquals(201, response.statusCode(), response.body());
    }

    @Test
    @DisplayName("the whole matching flow, end to end")
    void flow() throws Exception {
        HttpResponse<String> created = api.send("POST", "/cohorts", coordinator, """
                {"cohortId": "match-me", "name": "Match Me", "opensAt": "2026-01-01T00:00:00Z",
                 "applicationDeadline": "%s", "programStart": "2031-01-01", "programEnd": "2031-12-31"}"""
                .formatted(Instant.now().plus(Duration.ofDays(30))));
        assertEquals(201, created.statusCode(), created.body());
        for (int i = 0; i < 3; i++) {
            apply(true, i);
        }
        for (int i = 0; i < 5; i++) {
            apply(false, i);
        }
        assertEquals(409, api.send("POST", "/cohorts/match-me/matching-runs", coordinator, "{}").statusCode(), "still open");
        assertEquals(200, api.send("POST", "/cohorts/match-me/close", coordinator, null).statusCode());
        assertEquals(403, api.send("POST", "/cohorts/match-me/matching-runs", api.token("mentee0@example.org"), "{}").statusCode());

        HttpResponse<String> run = api.send("POST", "/cohorts/match-me/matching-runs", coordinator,
                "{\"includeUnconfirmed\": true}"); // this test is not about email confirmation
        assertEquals(201, run.statusCode(), run.body());
        JsonNode proposed = Json.parseBody(run.body());
        assertEquals(3, proposed.path("stats").path("matched").asInt());
        assertEquals(2, proposed.path("unmatched").size());
        String runId = proposed.path("runId").asText();
        assertEquals(proposed, Json.parseBody(api.send("GET", "/cohorts/match-me/matching-runs/" + runId, coordinator, null).body()));

        HttpResponse<String> confirmed = api.send("POST", "/cohorts/match-me/matching-runs/" + runId + "/confirm", coordinator, null);
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        HttpResponse<String> again = api.send("POST", "/cohorts/match-me/matching-runs/" + runId + "/confirm", coordinator, null);
        assertEquals(200, again.statusCode());
        assertEquals("MATCHED", Json.parseBody(api.send("GET", "/cohorts/match-me", null, null).body()).path("status").asText());

        JsonNode matches = Json.parseBody(api.send("GET", "/cohorts/match-me/matches", coordinator, null).body());
        assertEquals(3, matches.path("items").size());
        String menteeEmail = matches.path("items").get(0).path("mentee").path("email").asText();
        JsonNode mine = Json.parseBody(api.send("GET", "/me/matches", api.token(menteeEmail), null).body());
        assertEquals(1, mine.path("items").size());
        assertEquals("MENTEE", mine.path("items").get(0).path("role").asText());

        // the pair meets and logs it; the other one reads it; nobody else sees the match
        String matchId = mine.path("items").get(0).path("matchId").asText();
        String mentorEmail = matches.path("items").get(0).path("mentor").path("email").asText();
        HttpResponse<String> logged = api.send("POST", "/matches/" + matchId + "/meetings", api.token(menteeEmail),
                "{\"occurredOn\": \"" + java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                        + "\", \"durationMinutes\": 40, \"format\": \"VIDEO\", \"activities\": [\"conversation\"]}");
        assertEquals(201, logged.statusCode(), logged.body());
        JsonNode meetings = Json.parseBody(api.send("GET", "/matches/" + matchId + "/meetings", api.token(mentorEmail), null).body());
        assertEquals(1, meetings.path("items").size());
        assertEquals(404, api.send("GET", "/matches/" + matchId + "/meetings", api.token("stranger@example.org"), null).statusCode());

        // the participant's own address, unverified, is a stranger's: no meetings, no matches, no posts
        String unverified = api.unverifiedToken(menteeEmail);
        assertEquals(404, api.send("POST", "/matches/" + matchId + "/meetings", unverified,
                "{\"occurredOn\": \"" + java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                        + "\", \"durationMinutes\": 30, \"format\": \"VIDEO\", \"activities\": [\"conversation\"]}").statusCode());
        assertEquals(404, api.send("GET", "/matches/" + matchId + "/meetings", unverified, null).statusCode());
        HttpResponse<String> unverifiedMatches = api.send("GET", "/me/matches", unverified, null);
        assertEquals(200, unverifiedMatches.statusCode());
        assertEquals(0, Json.parseBody(unverifiedMatches.body()).path("items").size());
        assertEquals(403, api.send("POST", "/posts", unverified, "{\"title\": \"Hello\", \"bodyMarkdown\": \"Hi.\", \"authorName\": \"Mentee\"}").statusCode());
        assertEquals(422, api.send("POST", "/_local/tokens", null, "{\"email\": \"x@example.org\", \"emailVerified\": \"no\"}").statusCode());
        JsonNode engagement = Json.parseBody(api.send("GET", "/cohorts/match-me/engagement", coordinator, null).body());
        assertEquals(3, engagement.path("totals").path("pairs").asInt());
        assertEquals(1, engagement.path("totals").path("meetings").asInt());

        // 8 acknowledgements, 6 introductions, 2 wait-list notices: each delivered once
        api.settle();
        List<JsonNode> emails = api.emails();
        assertEquals(16, emails.size());
        long introductions = emails.stream().filter(e -> e.path("html").asText().contains("Match Me")
                && e.path("subject").asText().startsWith("Meet your")).count();
        assertEquals(6, introductions, "subjects: " + emails.stream().map(e -> e.path("subject").asText()).toList());
        JsonNode intro = emails.stream().filter(e -> e.path("to").get(0).asText().equals(menteeEmail)
                && e.path("subject").asText().startsWith("Meet your")).findFirst().orElseThrow();
        assertTrue(intro.path("html").asText().contains("@example.org"), "the partner's address is in the introduction");
    }
}
