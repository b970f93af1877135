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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Wait-list carry-over over HTTP: a new cohort invites the earlier one's wait list, who re-apply in one step with priority")
class CarryOverOverHttpIT {

    static final Pattern LINK = Pattern.compile("/reapply\\?token=([A-Za-z0-9._~-]+)");

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

    static void apply(String cohort, boolean mentor, String who) throws Exception {
        ObjectNode form = (ObjectNode) Json.parseBody(EventFixtures.http(mentor
                ? "submit-application/submit-mentor.json" : "submit-application/submit-mentee.json").getBody());
        form.put("name", "Person " + who).put("email", who + "@example.org").put("institution", "Library of " + who);
        if (mentor) {
            form.put("mentorCapacity", 1);
        }
        HttpResponse<String> response = api.send("POST", "/cohorts/" + cohort + "/applications", null, Json.write(form));
        assertEquals(201, response.statusCode(), response.body());
    }

    static HttpResponse<String> createCohort(String id, String carryOver) throws Exception {
        return api.send("POST", "/cohorts", coordinator, """
                {"cohortId": "%s", "name": "Cohort %s", "opensAt": "2026-01-01T00:00:00Z",
                 "applicationDeadline": "%s", "programStart": "2031-01-01", "programEnd": "2031-12-31"%s}"""
                .formatted(id, id, api.clock().instant().plus(Duration.ofDays(30)), carryOver));
    }

    /** The re-apply tokens emailed to {@code who}. */
    static List<String> tokensTo(String who) throws Exception {
        api.settle();
        List<String> tokens = new ArrayList<>();
        for (JsonNode email : api.emails()) {
            if (email.path("to").toString().contains(who + "@example.org")) {
                Matcher link = LINK.matcher(email.path("html").asText() + email.path("text").asText());
                while (link.find()) {
                    tokens.add(link.group(1));
                }
            }
        }
        return tokens;
    }

    @Test
    @DisplayName("the wait-listed mentee alone is invited, once; her re-application keeps her answers, takes her change, has priority and a confirmed address; a second is 409")
    void carryOver() throws Exception {
        assertEquals(201, createCohort("spring", "").statusCode());
        apply("spring", true, "mentor");
        apply("spring", false, "ada");
        apply("spring", false, "bo");
        assertEquals(200, api.send("POST", "/cohorts/spring/close", coordinator, null).statusCode());
        JsonNode run = Json.parseBody(api.send("POST", "/cohorts/spring/matching-runs", coordinator,
                "{\"includeUnconfirmed\": true}").body());
        assertEquals(1, run.path("unmatched").size(), run.toString());
        String waiting = run.path("unmatched").get(0).path("menteeApplicationId").asText();
        String waitingWho = Json.parseBody(api.send("GET", "/cohorts/spring/applications/" + waiting, coordinator, null).body())
                .path("email").asText().replace("@example.org", "");
        String matchedWho = waitingWho.equals("ada") ? "bo" : "ada";
        assertEquals(200, api.send("POST", "/cohorts/spring/matching-runs/" + run.path("runId").asText() + "/confirm",
                coordinator, null).statusCode());

        HttpResponse<String> refused = createCohort("fall", ", \"carryOverFrom\": [\"nowhere\", \"fall\"]");
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("/carryOverFrom/0") && refused.body().contains("/carryOverFrom/1"), refused.body());
        HttpResponse<String> created = createCohort("fall", ", \"carryOverFrom\": [\"spring\"]");
        assertEquals(201, created.statusCode(), created.body());

        List<String> tokens = tokensTo(waitingWho);
        assertEquals(1, tokens.size(), "one invitation to the wait-listed mentee");
        assertEquals(List.of(), tokensTo(matchedWho), "none to the matched mentee");
        assertEquals(List.of(), tokensTo("mentor"), "none to a mentor");
        String token = tokens.get(0);

        JsonNode invitation = Json.parseBody(api.send("GET", "/reapply?token=" + token, null, null).body());
        assertEquals("fall", invitation.path("cohortId").asText());
        assertEquals("spring", invitation.path("earlierCohortId").asText());
        assertEquals("WOMAN", invitation.path("application").path("gender").asText(), "her own answers, demographics too");

        assertEquals(422, api.send("POST", "/reapply?token=" + token, null, "{\"email\": \"other@example.org\"}").statusCode());
        assertEquals(400, api.send("POST", "/reapply?token=" + token + "x", null, "{}").statusCode());
        HttpResponse<String> reapplied = api.send("POST", "/reapply?token=" + token, null,
                "{\"goals\": \"Plan a summer reading program with a mentor this time.\"}");
        assertEquals(201, reapplied.statusCode(), reapplied.body());
        String applicationId = Json.parseBody(reapplied.body()).path("applicationId").asText();
        JsonNode application = Json.parseBody(api.send("GET", "/cohorts/fall/applications/" + applicationId, coordinator, null).body());
        assertTrue(application.path("priority").asBoolean(), application.toString());
        assertTrue(application.path("emailConfirmed").asBoolean(), application.toString());
        assertEquals("Plan a summer reading program with a mentor this time.", application.path("goals").asText());
        assertEquals("EARLY_CAREER", application.path("careerStage").asText(), "the rest as before");
        assertEquals(409, api.send("POST", "/reapply?token=" + token, null, "{}").statusCode(), "re-applied before");

        // one mentor place, two mentees: the newcomer would score higher (same region as the mentor, as
        // she asked), but among the maximum matchings the carried-over mentee comes first
        apply("fall", true, "mentor2");
        ObjectNode newcomer = (ObjectNode) Json.parseBody(EventFixtures.http("submit-application/submit-mentee.json").getBody());
        newcomer.put("name", "Person cy").put("email", "cy@example.org").put("institution", "Library of cy").put("region", "WEST");
        assertEquals(201, api.send("POST", "/cohorts/fall/applications", null, Json.write(newcomer)).statusCode());
        assertEquals(200, api.send("POST", "/cohorts/fall/close", coordinator, null).statusCode());
        JsonNode fallRun = Json.parseBody(api.send("POST", "/cohorts/fall/matching-runs", coordinator,
                "{\"includeUnconfirmed\": true}").body());
        assertEquals(applicationId, fallRun.path("proposals").get(0).path("menteeApplicationId").asText(), fallRun.toString());
        assertEquals(1, fallRun.path("stats").path("priorityMatched").asInt(), fallRun.toString());
    }
}
