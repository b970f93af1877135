package example.mentoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import example.mentoring.emulator.EventFixtures;
import example.mentoring.json.Json;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Applications over HTTP through the local host")
class ApplicationsOverHttpIT {

    static LocalApi api;
    static String coordinator;

    @BeforeAll
    static void start() throws Exception {
        api = new LocalApi();
        coordinator = Json.parseBody(api.send("POST", "/_local/tokens", null,
                "{\"email\": \"coordinator@example.org\", \"groups\": [\"coordinators\"]}").body()).path("token").asText();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @BeforeEach
    void empty() {
        api.reset();
    }

    static void createCohort(String id) throws Exception {
        HttpResponse<String> created = api.send("POST", "/cohorts", coordinator, """
                {"cohortId": "%s", "name": "Cohort %s", "opensAt": "2026-01-01T00:00:00Z",
                 "applicationDeadline": "%s", "programStart": "2031-01-01", "programEnd": "2031-12-31"}"""
                .formatted(id, id, Instant.now().plus(Duration.ofDays(30))));
        assertEquals(201, created.statusCode(), created.body());
    }

    static String form(String name, String email) {
        ObjectNode form = (ObjectNode) Json.parseBody(EventFixtures.http("submit-application/submit-mentee.json").getBody());
        form.put("name", name);
        form.put("email", email);
        return Json.write(form);
    }

    static List<JsonNode> allApplications(String cohortId) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = Json.parseBody(api.send("GET", "/cohorts/" + cohortId + "/applications?limit=100"
                    + (next == null ? "" : "&nextToken=" + next), coordinator, null).body());
            page.path("items").forEach(all::add);
            next = page.hasNonNull("nextToken") ? page.get("nextToken").asText() : null;
        } while (next != null);
        return all;
    }

    static List<JsonNode> emailsTo(Set<String> recipients) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        Json.parseBody(api.send("GET", "/_local/emails", null, null).body()).path("items").forEach(email -> {
            if (recipients.contains(email.path("to").get(0).asText())) {
                found.add(email);
            }
        });
        return found;
    }

    /** What reached these recipients once everything that follows from the test has run. */
    static List<JsonNode> settledEmails(Set<String> recipients) throws Exception {
        api.settle();
        return emailsTo(recipients);
    }

    @Test
    @DisplayName("the acknowledgement gives the deadline in the cohort's time zone, as an American association writes it")
    void deadlineInTheCohortsZone() throws Exception {
        String deadline = Instant.now().plus(Duration.ofDays(60)).atZone(java.time.ZoneId.of("America/Los_Angeles"))
                .toLocalDate().atTime(23, 59, 59).atZone(java.time.ZoneId.of("America/Los_Angeles")).toOffsetDateTime().toString();
        for (String[] cohort : new String[][] {{"zone-default", ""}, {"zone-pacific", ", \"timeZone\": \"America/Los_Angeles\""}}) {
            HttpResponse<String> created = api.send("POST", "/cohorts", coordinator, """
                    {"cohortId": "%s", "name": "Cohort %s", "opensAt": "2026-01-01T00:00:00Z",
                     "applicationDeadline": "%s", "programStart": "2031-01-01", "programEnd": "2031-12-31"%s}"""
                    .formatted(cohort[0], cohort[0], deadline, cohort[1]));
            assertEquals(201, created.statusCode(), created.body());
            assertEquals(cohort[1].isEmpty() ? "America/Chicago" : "America/Los_Angeles",
                    Json.parseBody(created.body()).path("timeZone").asText(), "the stack's ProgramTimeZone by default");
        }
        java.time.ZonedDateTime pacific = java.time.OffsetDateTime.parse(deadline).atZoneSameInstant(java.time.ZoneId.of("America/Los_Angeles"));
        java.time.ZonedDateTime central = pacific.withZoneSameInstant(java.time.ZoneId.of("America/Chicago"));
        java.time.format.DateTimeFormatter written = java.time.format.DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy, h:mm a zzz", java.util.Locale.US);

        assertEquals(201, api.send("POST", "/cohorts/zone-default/applications", null, form("Ada Central", "ada.central@example.org")).statusCode());
        assertEquals(201, api.send("POST", "/cohorts/zone-pacific/applications", null, form("Bo Pacific", "bo.pacific@example.org")).statusCode());
        List<JsonNode> emails = settledEmails(Set.of("ada.central@example.org", "bo.pacific@example.org"));
        assertEquals(2, emails.size(), emails.toString());
        for (JsonNode email : emails) {
            boolean toPacific = email.path("to").get(0).asText().startsWith("bo.");
            String expected = "Applications close on " + written.format(toPacific ? pacific : central) + ".";
            assertTrue(expected.matches("Applications close on [A-Z][a-z]+day, [A-Z][a-z]+ \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2} [AP]M [A-Z]{3,4}\\."), expected);
            // Moto keeps the HTML part of a message with both: read it as text.
            String body = email.path("html").asText().replaceAll("<[^>]+>", "");
            assertTrue(body.contains(expected), expected + " in\n" + body);
            assertFalse(body.contains("UTC"), body);
        }
    }

    @Test
    @DisplayName("a cohort's time zone must be an IANA zone id: anything else is a 422 naming /timeZone")
    void timeZoneValidated() throws Exception {
        HttpResponse<String> refused = api.send("POST", "/cohorts", coordinator, """
                {"cohortId": "zone-bad", "name": "Zone bad", "opensAt": "2026-01-01T00:00:00Z",
                 "applicationDeadline": "%s", "programStart": "2031-01-01", "programEnd": "2031-12-31",
                 "timeZone": "Central Time"}""".formatted(Instant.now().plus(Duration.ofDays(30))));
        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals("/timeZone", Json.parseBody(refused.body()).path("errors").get(0).path("field").asText());
        assertEquals(404, api.send("GET", "/cohorts/zone-bad", null, null).statusCode(), "nothing was created");
    }

    @Test
    @DisplayName("submit, read back as a coordinator with demographics, refused to others, acknowledged once")
    void submitAndRead() throws Exception {
        createCohort("http-flow");
        HttpResponse<String> created = api.send("POST", "/cohorts/http-flow/applications", null, form("Marlowe Reyes", "marlowe@example.org"));
        assertEquals(201, created.statusCode(), created.body());
        String id = Json.parseBody(created.body()).path("applicationId").asText();

        HttpResponse<String> one = api.send("GET", "/cohorts/http-flow/applications/" + id, coordinator, null);
        assertEquals(200, one.statusCode());
        assertEquals("HISPANIC_LATINO", Json.parseBody(one.body()).path("raceEthnicity").get(0).asText());
        assertEquals(Json.parseBody(created.body()).path("submittedAt"), Json.parseBody(one.body()).path("submittedAt"),
                "the receipt and a later read agree on the instant (stored in milliseconds)");
        String participant = Json.parseBody(api.send("POST", "/_local/tokens", null,
                "{\"email\": \"marlowe@example.org\", \"groups\": []}").body()).path("token").asText();
        assertEquals(403, api.send("GET", "/cohorts/http-flow/applications", participant, null).statusCode());
        assertEquals(401, api.send("GET", "/cohorts/http-flow/applications", null, null).statusCode());
        assertEquals(409, api.send("POST", "/cohorts/http-flow/applications", null, form("Marlowe Again", "MARLOWE@example.org")).statusCode());
        HttpResponse<String> invalid = api.send("POST", "/cohorts/http-flow/applications", null, "{\"role\": \"MENTEE\", \"colour\": 1}");
        assertEquals(422, invalid.statusCode());
        assertTrue(Json.parseBody(invalid.body()).path("errors").findValuesAsText("field").contains("/colour"));

        List<JsonNode> emails = settledEmails(Set.of("marlowe@example.org"));
        assertEquals(1, emails.size(), "acknowledged exactly once");
        assertTrue(emails.getFirst().path("subject").asText().contains("Cohort http-flow"));
        String html = emails.getFirst().path("html").asText();
        assertTrue(html.contains("Marlowe Reyes"));
        assertFalse(html.contains("HISPANIC") || html.contains("WOMAN"), "no demographic field in the email");
    }

    @Test
    @DisplayName("100 submissions in parallel while the cohort closes: stored = accepted, each acknowledged once, every refusal 409 cohort-not-open")
    void closeDuringAFlood() throws Exception {
        createCohort("flood");
        // Half the flood is under way when the close is sent; the other half follows the close.
        CountDownLatch firstAnswers = new CountDownLatch(10);
        List<CompletableFuture<HttpResponse<String>>> submissions = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            submissions.add(submit(i).whenComplete((response, failure) -> firstAnswers.countDown()));
        }
        firstAnswers.await();
        HttpResponse<String> closed = api.send("POST", "/cohorts/flood/close", coordinator, null);
        assertEquals(200, closed.statusCode(), closed.body());
        for (int i = 50; i < 100; i++) {
            submissions.add(submit(i));
        }

        Set<String> acceptedIds = new HashSet<>();
        Set<String> acceptedEmails = new HashSet<>();
        Set<String> allEmails = new HashSet<>();
        int refused = 0;
        for (int i = 0; i < 100; i++) {
            HttpResponse<String> response = submissions.get(i).join();
            allEmails.add("applicant" + i + "@example.org");
            if (response.statusCode() == 201) {
                acceptedIds.add(Json.parseBody(response.body()).path("applicationId").asText());
                acceptedEmails.add("applicant" + i + "@example.org");
            } else {
                assertEquals(409, response.statusCode(), response.body());
                assertEquals("https://mentoring.example/problems/cohort-not-open",
                        Json.parseBody(response.body()).path("type").asText());
                refused++;
            }
        }
        assertTrue(acceptedIds.size() >= 10, "the first answers came before the close");
        assertTrue(refused >= 50, "everything sent after the close is refused");

        Set<String> storedIds = new HashSet<>();
        allApplications("flood").forEach(a -> storedIds.add(a.path("applicationId").asText()));
        assertEquals(acceptedIds, storedIds);
        JsonNode summary = Json.parseBody(api.send("GET", "/cohorts/flood/summary", coordinator, null).body());
        assertEquals(acceptedIds.size(), summary.path("counts").path("mentees").asInt());

        List<JsonNode> emails = settledEmails(allEmails);
        List<String> recipients = emails.stream().map(e -> e.path("to").get(0).asText()).toList();
        assertEquals(acceptedIds.size(), recipients.size(), "one acknowledgement per stored application");
        assertEquals(acceptedEmails, new HashSet<>(recipients));
    }

    static CompletableFuture<HttpResponse<String>> submit(int i) {
        return api.sendAsync("POST", "/cohorts/flood/applications", null,
                form("Applicant " + i, "applicant" + i + "@example.org"));
    }

    @Test
    @DisplayName("a retried submission with the same Idempotency-Key gets the same applicationId")
    void idempotency() throws Exception {
        createCohort("retry");
        String form = form("Pat Lee", "pat@example.org");
        String a = Json.parseBody(api.send("POST", "/cohorts/retry/applications", null, form, "Idempotency-Key", "form-42")
                .body()).path("applicationId").asText();
        HttpResponse<String> again = api.send("POST", "/cohorts/retry/applications", null, form, "Idempotency-Key", "form-42");
        assertEquals(201, again.statusCode());
        assertEquals(a, Json.parseBody(again.body()).path("applicationId").asText());
        assertEquals(1, allApplications("retry").size());
    }
}
