package example.mentoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import example.mentoring.emulator.EventFixtures;
import example.mentoring.json.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Signed links over HTTP: email confirmation and unsubscribe act only on POST, and no link carries an address")
class SignedLinksOverHttpIT {

    static final String MENTOR = "dana.whitfield@example.net";
    static final String MENTEE = "marlowe.reyes+fall@example.org";
    static final String UNCONFIRMED = "nobody-asked@example.com";
    static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>]+");

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

    static String apply(boolean mentor, String email, String institution) throws Exception {
        ObjectNode form = (ObjectNode) Json.parseBody(EventFixtures.http(mentor
                ? "submit-application/submit-mentor.json" : "submit-application/submit-mentee.json").getBody());
        form.put("email", email);
        form.put("institution", institution);
        HttpResponse<String> response = api.send("POST", "/cohorts/links-2031/applications", null, Json.write(form));
        assertEquals(201, response.statusCode(), response.body());
        return Json.parseBody(response.body()).path("applicationId").asText();
    }

    /** Once everything sent has been sent: exactly {@code count} emails to {@code address} matching {@code wanted}. */
    static List<JsonNode> emailsTo(String address, Predicate<JsonNode> wanted, int count) throws Exception {
        api.settle();
        List<JsonNode> found = api.emails().stream()
                .filter(e -> e.path("to").toString().contains(address))
                .filter(wanted).toList();
        assertEquals(count, found.size(), "emails to " + address);
        return found;
    }

    static List<String> links(JsonNode email) {
        List<String> links = new ArrayList<>();
        for (String body : List.of(email.path("html").asText(), email.path("text").asText())) {
            Matcher m = URL.matcher(body.replace("&amp;", "&"));
            while (m.find()) {
                links.add(m.group());
            }
        }
        return links;
    }

    static String token(String link) {
        return URI.create(link).getRawQuery().substring("token=".length());
    }

    static String confirmationToken(String address) throws Exception {
        JsonNode ack = emailsTo(address, e -> e.path("subject").asText().contains("was received"), 1).get(0);
        return token(links(ack).stream().filter(l -> l.contains("/applications/confirm?token=")).findFirst().orElseThrow());
    }

    static JsonNode application(String applicationId) throws Exception {
        return Json.parseBody(api.send("GET", "/cohorts/links-2031/applications/" + applicationId, coordinator, null).body());
    }

    @Test
    @DisplayName("confirm by POST only; runs leave the unconfirmed out; unsubscribe by POST only; no link names an address")
    void flow() throws Exception {
        HttpResponse<String> cohort = api.send("POST", "/cohorts", coordinator, """
                {"cohortId": "links-2031", "name": "Links 2031", "opensAt": "2026-01-01T00:00:00Z",
                 "applicationDeadline": "%s", "programStart": "2031-01-01", "programEnd": "2031-12-31"}"""
                .formatted(Instant.now().plus(Duration.ofDays(30))));
        assertEquals(201, cohort.statusCode(), cohort.body());
        String mentorId = apply(true, MENTOR, "Oak Park Public Library");
        String menteeId = apply(false, MENTEE, "Springfield Public Library");
        String unconfirmedId = apply(false, UNCONFIRMED, "Shelbyville Public Library");

        // email confirmation: the GET is a page with a button and changes nothing, the POST confirms
        for (String[] who : List.of(new String[] {MENTOR, mentorId}, new String[] {MENTEE, menteeId})) {
            String token = confirmationToken(who[0]);
            HttpResponse<String> page = api.send("GET", "/applications/confirm?token=" + token, null, null);
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.headers().firstValue("content-type").orElseThrow().startsWith("text/html"));
            assertEquals("no-referrer", page.headers().firstValue("referrer-policy").orElseThrow());
            assertTrue(page.body().contains("<form method=\"post\" action=\"?token=" + token + "\">"), page.body());
            assertFalse(application(who[1]).path("emailConfirmed").asBoolean(), "a GET confirms nothing");
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> confirmed = api.send("POST", "/applications/confirm?token=" + token, null, "",
                        "content-type", "application/x-www-form-urlencoded");
                assertEquals(200, confirmed.statusCode(), confirmed.body());
                assertTrue(Json.parseBody(confirmed.body()).path("emailConfirmed").asBoolean());
            }
            assertTrue(application(who[1]).path("emailConfirmed").asBoolean());
        }
        confirmationToken(UNCONFIRMED);
        assertFalse(application(unconfirmedId).path("emailConfirmed").asBoolean());

        // a run leaves the unconfirmed mentee out, with the reason; includeUnconfirmed takes it in
        assertEquals(200, api.send("POST", "/cohorts/links-2031/close", coordinator, null).statusCode());
        JsonNode all = Json.parseBody(api.send("POST", "/cohorts/links-2031/matching-runs", coordinator,
                "{\"includeUnconfirmed\": true}").body());
        assertEquals(2, all.path("stats").path("mentees").asInt());
        HttpResponse<String> created = api.send("POST", "/cohorts/links-2031/matching-runs", coordinator, "{}");
        assertEquals(201, created.statusCode(), created.body());
        JsonNode run = Json.parseBody(created.body());
        assertEquals(1, run.path("stats").path("mentees").asInt());
        assertEquals(menteeId, run.path("proposals").get(0).path("menteeApplicationId").asText());
        assertEquals(Json.parseBody("[{\"menteeApplicationId\": \"" + unconfirmedId + "\", \"reason\": \"email not confirmed\"}]"),
                run.path("unmatched"));
        HttpResponse<String> confirmed = api.send("POST", "/cohorts/links-2031/matching-runs/"
                + run.path("runId").asText() + "/confirm", coordinator, null);
        assertEquals(200, confirmed.statusCode(), confirmed.body());

        // the newsletter's unsubscribe link: GET changes nothing, POST (RFC 8058 one-click) opts out
        publishNewsletter("Spring news");
        JsonNode newsletter = emailsTo(MENTEE, e -> e.path("subject").asText().contains("Spring news"), 1).get(0);
        emailsTo(MENTOR, e -> e.path("subject").asText().contains("Spring news"), 1);
        String unsubscribe = token(links(newsletter).stream().filter(l -> l.contains("/unsubscribe?token=")).findFirst().orElseThrow());
        HttpResponse<String> page = api.send("GET", "/unsubscribe?token=" + unsubscribe, null, null);
        assertEquals(200, page.statusCode());
        assertEquals("no-store", page.headers().firstValue("cache-control").orElseThrow());
        assertTrue(page.body().contains("<form method=\"post\""), page.body());
        publishNewsletter("Summer news");
        emailsTo(MENTEE, e -> e.path("subject").asText().contains("Summer news"), 1);
        HttpResponse<String> optOut = api.send("POST", "/unsubscribe?token=" + unsubscribe, null, "List-Unsubscribe=One-Click",
                "content-type", "application/x-www-form-urlencoded");
        assertEquals(200, optOut.statusCode(), optOut.body());
        assertEquals(400, api.send("POST", "/unsubscribe?token=" + unsubscribe.replace('.', '-'), null, "").statusCode());
        publishNewsletter("Autumn news");
        emailsTo(MENTOR, e -> e.path("subject").asText().contains("Autumn news"), 1);
        emailsTo(MENTEE, e -> e.path("subject").asText().contains("Autumn news"), 0);

        // no link in any email carries an address, plain, URL-encoded or base64 (any alignment, either alphabet)
        List<JsonNode> emails = api.emails();
        assertTrue(emails.size() >= 8, "acknowledgements, introductions, newsletters: " + emails.size());
        for (JsonNode email : emails) {
            for (String link : links(email)) {
                for (String address : List.of(MENTOR, MENTEE, UNCONFIRMED)) {
                    for (String form : encodings(address)) {
                        assertFalse(link.toLowerCase(Locale.ROOT).contains(form.toLowerCase(Locale.ROOT)),
                                "a link names " + address + ": " + link);
                    }
                }
            }
        }
    }

    void publishNewsletter(String title) throws Exception {
        HttpResponse<String> draft = api.send("POST", "/posts", coordinator, Json.write(java.util.Map.of(
                "title", title, "bodyMarkdown", "News of the program.", "authorName", "The coordinators")));
        assertEquals(201, draft.statusCode(), draft.body());
        String postId = Json.parseBody(draft.body()).path("postId").asText();
        HttpResponse<String> published = api.send("POST", "/posts/" + postId + "/publish", coordinator,
                "{\"notifyCohortId\": \"links-2031\"}");
        assertEquals(200, published.statusCode(), published.body());
    }

    /** The address as it could appear in a URL: plain, URL-encoded, and base64 in any alignment and alphabet. */
    static List<String> encodings(String address) {
        List<String> forms = new ArrayList<>(List.of(address, URLEncoder.encode(address, StandardCharsets.UTF_8),
                address.substring(0, address.indexOf('@'))));
        for (int pad = 0; pad < 3; pad++) {
            byte[] bytes = ("xx".substring(0, pad) + address).getBytes(StandardCharsets.UTF_8);
            for (Base64.Encoder encoder : List.of(Base64.getEncoder(), Base64.getUrlEncoder())) {
                String encoded = encoder.withoutPadding().encodeToString(bytes);
                // drop the characters that depend on the prefix or on what follows
                forms.add(encoded.substring(pad == 0 ? 0 : pad + 1, encoded.length() - 2));
            }
        }
        return forms;
    }
}
