package example.mentoring.application;

import static example.mentoring.emulator.EventFixtures.http;
import static example.mentoring.emulator.EventFixtures.withBody;
import static example.mentoring.emulator.EventFixtures.withPathParameter;
import static example.mentoring.emulator.EventFixtures.withQuery;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.cohort.Cohort;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.Cohorts;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.fixtures.Seed;
import example.mentoring.paging.Page;
import example.mentoring.json.Json;
import example.mentoring.log.Log;
import example.mentoring.notification.Notification;
import example.mentoring.notification.NotificationStatus;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.email.ApplicationAcknowledged;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Moto.class)
@DisplayName("Applying to an open cohort: stored with its acknowledgement, or refused with nothing stored")
class SubmitApplicationHandlerIT {

    static final Instant OPENS = Instant.parse("2027-01-15T06:00:00Z");
    static final Instant DEADLINE = Instant.parse("2027-02-25T05:59:59Z");

    MutableClock clock;
    SubmitApplicationHandler handler;
    Cohorts cohorts;
    Applications applications;
    Notifications notifications;
    ByteArrayOutputStream logs = new ByteArrayOutputStream();

    @BeforeEach
    void setUp(EmulatedStack stack) {
        Environment environment = Environment.of(stack.environmentOf("SubmitApplicationFunction"));
        AwsClients aws = new AwsClients(environment);
        clock = new MutableClock(OPENS.plus(Duration.ofDays(1)));
        handler = new SubmitApplicationHandler(environment, clock);
        cohorts = new Cohorts(aws);
        applications = new Applications(aws);
        notifications = new Notifications(aws);
        Seed.cohort().withDates(OPENS, DEADLINE).addTo(aws);
        Log.redirect(new PrintStream(logs, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreLog() {
        Log.redirect(System.out);
    }

    APIGatewayV2HTTPResponse submit(APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(event, null);
    }

    static JsonNode body(APIGatewayV2HTTPResponse response) {
        return Json.parseBody(response.getBody());
    }

    static APIGatewayV2HTTPEvent menteeEvent() {
        return http("submit-application/submit-mentee.json");
    }

    static APIGatewayV2HTTPEvent withForm(APIGatewayV2HTTPEvent event, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode form = (ObjectNode) Json.parseBody(event.getBody());
        change.accept(form);
        return withBody(event, Json.write(form));
    }

    Cohort.ApplicationCounts counts() {
        return cohorts.find(new CohortId("fall-2027")).orElseThrow().counts();
    }

    @Test
    @DisplayName("a mentee and a mentor are stored, counted and acknowledged")
    void storesAndAcknowledges() {
        APIGatewayV2HTTPResponse mentee = submit(menteeEvent());
        assertEquals(201, mentee.getStatusCode(), mentee.getBody());
        JsonNode receipt = body(mentee);
        String applicationId = receipt.path("applicationId").asText();
        assertEquals("SUBMITTED", receipt.path("status").asText());
        assertEquals("MENTEE", receipt.path("role").asText());
        assertEquals(clock.instant().toString(), receipt.path("submittedAt").asText());
        assertFalse(mentee.getBody().contains("Marlowe"), "the receipt carries no personal data");

        APIGatewayV2HTTPResponse mentor = submit(http("submit-application/submit-mentor.json"));
        assertEquals(201, mentor.getStatusCode(), mentor.getBody());
        assertEquals(new Cohort.ApplicationCounts(1, 1, 2), counts());

        Application stored = applications.find("fall-2027", applicationId).orElseThrow();
        assertEquals("marlowe@example.org", stored.email());
        assertEquals(List.of("HISPANIC_LATINO"), stored.raceEthnicity());

        Notification ack = notifications.find("ack-" + applicationId).orElseThrow();
        assertEquals("marlowe@example.org", ack.recipient());
        assertEquals(NotificationStatus.PENDING, ack.status());
        ApplicationAcknowledged message = (ApplicationAcknowledged) ack.message();
        assertEquals("Fall 2027", message.cohortName());
        assertEquals(DEADLINE, message.applicationDeadline());
        assertEquals(java.time.ZoneId.of("America/Chicago"), message.timeZone(), "the cohort's zone, to show the deadline in");
    }

    String confirmToken(String applicationId) {
        ApplicationAcknowledged message = (ApplicationAcknowledged) notifications.find("ack-" + applicationId).orElseThrow().message();
        URI link = URI.create(message.confirmUrl());
        assertEquals("https://mentoring.example/applications/confirm", link.getScheme() + "://" + link.getHost() + link.getPath());
        return link.getQuery().substring("token=".length());
    }

    APIGatewayV2HTTPResponse confirmPage(String token) {
        return submit(withQuery(http("submit-application/confirm-email-page.json"), Map.of("token", token)));
    }

    APIGatewayV2HTTPResponse confirm(String token) {
        return submit(withQuery(http("submit-application/confirm-email.json"), Map.of("token", token)));
    }

    @Test
    @DisplayName("the acknowledgement's link: GET shows a page with a button and changes nothing; POST confirms, idempotently")
    void emailConfirmation() {
        String applicationId = body(submit(menteeEvent())).path("applicationId").asText();
        String token = confirmToken(applicationId);
        assertFalse(token.contains("marlowe"), token);
        assertFalse(applications.find("fall-2027", applicationId).orElseThrow().emailConfirmed());

        APIGatewayV2HTTPResponse page = confirmPage(token);
        assertEquals(200, page.getStatusCode());
        assertTrue(page.getHeaders().get("content-type").startsWith("text/html"));
        assertEquals("no-store", page.getHeaders().get("cache-control"));
        assertEquals("no-referrer", page.getHeaders().get("referrer-policy"));
        org.jsoup.nodes.Element form = org.jsoup.Jsoup.parse(page.getBody()).selectFirst("form[method=post]");
        assertEquals("?token=" + token, form.attr("action"));
        assertFalse(applications.find("fall-2027", applicationId).orElseThrow().emailConfirmed(), "a GET confirms nothing");

        APIGatewayV2HTTPResponse confirmed = confirm(token);
        assertEquals(200, confirmed.getStatusCode(), confirmed.getBody());
        assertEquals(Json.parseBody("{\"applicationId\": \"" + applicationId + "\", \"cohortId\": \"fall-2027\", \"emailConfirmed\": true}"),
                body(confirmed));
        Instant first = applications.find("fall-2027", applicationId).orElseThrow().emailConfirmedAt().orElseThrow();
        clock.advance(Duration.ofHours(1));
        APIGatewayV2HTTPResponse again = confirm(token);
        assertEquals(200, again.getStatusCode());
        assertEquals(body(confirmed), body(again));
        assertEquals(first, applications.find("fall-2027", applicationId).orElseThrow().emailConfirmedAt().orElseThrow(),
                "the first confirmation is kept");
    }

    @Test
    @DisplayName("a changed or expired confirmation link: the page says so (400), the POST is a 400 problem, nothing confirmed")
    void badConfirmationLinks() {
        String applicationId = body(submit(menteeEvent())).path("applicationId").asText();
        String token = confirmToken(applicationId);
        String changed = token.replaceFirst("\\.[^.]+\\.", "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("fall-2027/" + applicationId + "X").getBytes(StandardCharsets.UTF_8)) + ".");
        for (String bad : List.of(changed, "", "junk", token + "x")) {
            APIGatewayV2HTTPResponse page = confirmPage(bad);
            assertEquals(400, page.getStatusCode(), bad);
            assertTrue(org.jsoup.Jsoup.parse(page.getBody()).select("form").isEmpty());
            APIGatewayV2HTTPResponse post = confirm(bad);
            assertEquals(400, post.getStatusCode(), bad);
            assertEquals("application/problem+json", post.getHeaders().get("content-type"));
        }
        clock.advance(Duration.ofDays(30));
        assertEquals(400, confirm(token).getStatusCode(), "confirmation links expire after 30 days");
        assertFalse(applications.find("fall-2027", applicationId).orElseThrow().emailConfirmed());
    }

    @Test
    @DisplayName("a second application with the same email and role is 409, whatever the email's case")
    void duplicate() {
        assertEquals(201, submit(menteeEvent()).getStatusCode());
        APIGatewayV2HTTPEvent second = withForm(http("submit-application/submit-mentee.json"),
                f -> f.put("email", "MARLOWE@example.ORG"));
        second.getHeaders().remove("idempotency-key");
        APIGatewayV2HTTPResponse again = submit(second);
        assertEquals(409, again.getStatusCode());
        assertEquals("https://mentoring.example/problems/duplicate-application", body(again).path("type").asText());
        assertEquals(new Cohort.ApplicationCounts(0, 1, 0), counts());
        APIGatewayV2HTTPResponse asMentor = submit(withForm(http("submit-application/submit-mentor.json"),
                f -> f.put("email", "marlowe@example.org")));
        assertEquals(201, asMentor.getStatusCode(), "the same person may apply in the other role");
    }

    @Test
    @DisplayName("before opening and after the deadline or a close: 409 cohort-not-open, nothing stored")
    void notOpen() {
        clock.set(OPENS.minusSeconds(1));
        assertNotOpen(submit(menteeEvent()));
        clock.set(DEADLINE);
        assertNotOpen(submit(menteeEvent()));
        clock.set(DEADLINE.minus(Duration.ofDays(2)));
        cohorts.recordClose(new CohortId("fall-2027"), clock.instant());
        assertNotOpen(submit(menteeEvent()));
        assertEquals(Cohort.ApplicationCounts.NONE, counts());
        assertTrue(applications.all("fall-2027").isEmpty());
        assertTrue(notifications.list(NotificationStatus.PENDING, Page.Request.first(10)).items().isEmpty());
    }

    @Test
    @DisplayName("the deadline passing between the read and the write still refuses, atomically")
    void closeInFlight() {
        cohorts.recordClose(new CohortId("fall-2027"), clock.instant());
        // the handler read an open cohort a moment ago; the transaction's own condition decides
        assertNotOpen(submit(menteeEvent()));
    }

    void assertNotOpen(APIGatewayV2HTTPResponse response) {
        assertEquals(409, response.getStatusCode(), response.getBody());
        assertEquals("https://mentoring.example/problems/cohort-not-open", body(response).path("type").asText());
    }

    @Test
    @DisplayName("a retry with the same Idempotency-Key returns the first answer and stores nothing new")
    void idempotentRetry() {
        APIGatewayV2HTTPResponse first = submit(menteeEvent());
        APIGatewayV2HTTPResponse retry = submit(menteeEvent());
        assertEquals(201, retry.getStatusCode());
        assertEquals(body(first).path("applicationId"), body(retry).path("applicationId"));
        assertEquals(1, applications.all("fall-2027").size());
        APIGatewayV2HTTPResponse changed = submit(withForm(menteeEvent(), f -> f.put("name", "Someone Else")));
        assertEquals(422, changed.getStatusCode());
        assertEquals("Idempotency-Key", body(changed).path("errors").get(0).path("field").asText());
    }

    @Test
    @DisplayName("an unknown cohort is 404; a bad form 422 naming each field; malformed JSON 400")
    void badRequests() {
        assertEquals(404, submit(withPathParameter(http("submit-application/submit-mentor.json"), "cohortId", "nope")).getStatusCode());
        APIGatewayV2HTTPResponse invalid = submit(withForm(http("submit-application/submit-mentor.json"), f -> {
            f.put("alscMember", false);
            f.putArray("interests");
        }));
        assertEquals(422, invalid.getStatusCode());
        assertEquals(List.of("/interests", "/alscMember"), body(invalid).path("errors").findValuesAsText("field"));
        assertEquals(400, submit(withBody(http("submit-application/submit-mentor.json"), "{\"role\":")).getStatusCode());
    }

    @Test
    @DisplayName("logs carry ids, never names, addresses or demographic answers")
    void privateLogs() {
        submit(menteeEvent());
        submit(withForm(http("submit-application/submit-mentor.json"), f -> f.put("gender", "Nonsense")));
        String logged = logs.toString(StandardCharsets.UTF_8);
        assertTrue(logged.contains("application.submitted"), logged);
        for (String secret : List.of("Marlowe", "marlowe@", "HISPANIC", "WOMAN", "Nonsense", "Springfield", "dana")) {
            assertFalse(logged.contains(secret), "log contains " + secret + ": " + logged);
        }
    }
}
