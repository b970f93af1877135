package example.mentoring.cohort;

import static example.mentoring.emulator.EventFixtures.as;
import static example.mentoring.emulator.EventFixtures.http;
import static example.mentoring.emulator.EventFixtures.withBody;
import static example.mentoring.emulator.EventFixtures.withPathParameter;
import static example.mentoring.emulator.EventFixtures.withQuery;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.json.Json;
import example.mentoring.post.Post;
import example.mentoring.post.Posts;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.scheduler.model.GetScheduleResponse;

@ExtendWith(Moto.class)
@DisplayName("Coordinators create and close cohorts; anyone reads them")
class CohortAdminHandlerIT {

    static final Instant NOW = Instant.parse("2027-01-01T12:00:00Z");

    MutableClock clock;
    CohortAdminHandler handler;
    Map<String, String> environment;

    @BeforeEach
    void setUp(EmulatedStack stack) {
        clock = new MutableClock(NOW);
        environment = stack.environmentOf("CohortAdminFunction");
        handler = new CohortAdminHandler(Environment.of(environment), clock);
    }

    APIGatewayV2HTTPResponse call(APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(event, null);
    }

    static JsonNode body(APIGatewayV2HTTPResponse response) {
        return Json.parseBody(response.getBody());
    }

    APIGatewayV2HTTPResponse create(String json) {
        return call(as(withBody(http("cohort-admin/create-cohort.json"), json), "coordinator@example.org", "coordinators"));
    }

    static String cohort(String name, String opensAt, String deadline) {
        return """
                {"name": "%s", "opensAt": "%s", "applicationDeadline": "%s",
                 "programStart": "2027-09-01", "programEnd": "2028-08-31"}""".formatted(name, opensAt, deadline);
    }

    @Test
    @DisplayName("the sample event creates a cohort and schedules its close at the deadline and its year's end")
    void createsWithSchedule() {
        APIGatewayV2HTTPResponse response = call(http("cohort-admin/create-cohort.json"));
        assertEquals(201, response.getStatusCode(), response.getBody());
        JsonNode cohort = body(response);
        assertEquals("fall-2027", cohort.path("cohortId").asText());
        assertEquals("UPCOMING", cohort.path("status").asText());
        assertEquals("2027-02-25T05:59:59Z", cohort.path("applicationDeadline").asText());
        assertEquals("/cohorts/fall-2027", response.getHeaders().get("location"));

        GetScheduleResponse schedule = new AwsClients(Environment.of(environment)).scheduler().getSchedule(r -> r
                .groupName(environment.get("SCHEDULE_GROUP_NAME")).name("close-fall-2027"));
        assertEquals("at(2027-02-25T05:59:59)", schedule.scheduleExpression());
        assertEquals("UTC", schedule.scheduleExpressionTimezone());
        assertEquals(environment.get("CLOSE_COHORT_FUNCTION_ARN"), schedule.target().arn());
        assertEquals("{\"cohortId\":\"fall-2027\"}", schedule.target().input());
        GetScheduleResponse yearEnd = new AwsClients(Environment.of(environment)).scheduler().getSchedule(r -> r
                .groupName(environment.get("SCHEDULE_GROUP_NAME")).name("complete-fall-2027"));
        // the year's end: programEnd 2028-03-14 is over at midnight UTC
        assertEquals("at(2028-03-15T00:00:00)", yearEnd.scheduleExpression());
        assertEquals(environment.get("COMPLETE_COHORT_FUNCTION_ARN"), yearEnd.target().arn());
        assertEquals("{\"cohortId\":\"fall-2027\"}", yearEnd.target().input());

        Post draft = new Posts(new AwsClients(Environment.of(environment))).find("open-fall-2027").orElseThrow();
        assertEquals(Post.PostStatus.DRAFT, draft.status());
        assertEquals("Applications open: Fall 2027", draft.title());
        assertEquals("applications-open-fall-2027", draft.slug());
        assertEquals(Optional.of("fall-2027"), draft.cohortId());
        assertEquals("coordinator@example.org", draft.authorEmail());
        assertTrue(draft.html().contains("Wednesday, February 24, 2027, 11:59 PM CST"), draft.html());
        assertTrue(draft.html().contains("https://mentoring.example/app/cohorts/fall-2027/apply"), draft.html());
    }

    @Test
    @DisplayName("a retried create with the same Idempotency-Key gets the first answer; another body with it is 422")
    void idempotentRetry() {
        APIGatewayV2HTTPEvent first = http("cohort-admin/create-cohort.json");
        first.getHeaders().put("idempotency-key", "create-fall-2027");
        APIGatewayV2HTTPResponse created = call(first);
        clock.advance(Duration.ofMinutes(5));
        APIGatewayV2HTTPEvent retry = http("cohort-admin/create-cohort.json");
        retry.getHeaders().put("idempotency-key", "create-fall-2027");
        APIGatewayV2HTTPResponse replayed = call(retry);
        assertEquals(201, replayed.getStatusCode());
        assertEquals(created.getBody(), replayed.getBody());

        APIGatewayV2HTTPEvent other = withBody(http("cohort-admin/create-cohort.json"),
                cohort("Another", "2027-02-01T00:00:00Z", "2027-03-01T00:00:00Z"));
        other.getHeaders().put("idempotency-key", "create-fall-2027");
        APIGatewayV2HTTPResponse refused = call(other);
        assertEquals(422, refused.getStatusCode());
        assertEquals("Idempotency-Key", body(refused).path("errors").get(0).path("field").asText());
        assertEquals(List.of("fall-2027"), body(call(http("cohort-admin/list-cohorts.json"))).path("items").findValuesAsText("cohortId"));
    }

    @Test
    @DisplayName("a second cohort with the same id is a conflict")
    void duplicate() {
        assertEquals(201, call(http("cohort-admin/create-cohort.json")).getStatusCode());
        APIGatewayV2HTTPResponse again = call(http("cohort-admin/create-cohort.json"));
        assertEquals(409, again.getStatusCode());
        assertEquals("https://mentoring.example/problems/cohort-exists", body(again).path("type").asText());
        assertEquals("application/problem+json", again.getHeaders().get("content-type"));
    }

    @Test
    @DisplayName("no token is 401, a participant's token is 403, and neither creates anything")
    void onlyCoordinatorsCreate() {
        assertEquals(401, call(as(http("cohort-admin/create-cohort.json"), null)).getStatusCode());
        assertEquals(403, call(as(http("cohort-admin/create-cohort.json"), "mentee@example.org")).getStatusCode());
        assertEquals(404, call(http("cohort-admin/get-cohort.json")).getStatusCode());
    }

    @Test
    @DisplayName("malformed JSON is 400, an oversized body 400, bad fields 422 naming each")
    void badInput() {
        APIGatewayV2HTTPResponse malformed = create("{\"name\": ");
        assertEquals(400, malformed.getStatusCode());
        assertEquals("https://mentoring.example/problems/malformed-request", body(malformed).path("type").asText());
        assertEquals(400, create("{\"name\": \"" + "x".repeat(70_000) + "\"}").getStatusCode());
        APIGatewayV2HTTPResponse invalid = create("{\"name\": \"\", \"programEnd\": \"soon\"}");
        assertEquals(422, invalid.getStatusCode());
        List<String> fields = body(invalid).path("errors").findValuesAsText("field");
        assertEquals(List.of("/name", "/opensAt", "/applicationDeadline", "/programStart", "/programEnd"), fields);
    }

    @Test
    @DisplayName("the list is newest opening first, in pages that follow each other")
    void listsNewestFirst() {
        assertEquals(201, create(cohort("Spring 2027", "2027-02-01T00:00:00Z", "2027-03-01T00:00:00Z")).getStatusCode());
        assertEquals(201, create(cohort("Fall 2027", "2027-05-01T00:00:00Z", "2027-06-01T00:00:00Z")).getStatusCode());
        assertEquals(201, create(cohort("Winter 2027", "2027-03-01T00:00:00Z", "2027-04-01T00:00:00Z")).getStatusCode());

        JsonNode first = body(call(withQuery(http("cohort-admin/list-cohorts.json"), Map.of("limit", "2"))));
        assertEquals(List.of("fall-2027", "winter-2027"), first.path("items").findValuesAsText("cohortId"));
        Map<String, String> next = new HashMap<>(Map.of("limit", "2", "nextToken", first.path("nextToken").asText()));
        JsonNode second = body(call(withQuery(http("cohort-admin/list-cohorts.json"), next)));
        assertEquals(List.of("spring-2027"), second.path("items").findValuesAsText("cohortId"));
        assertTrue(second.path("nextToken").isMissingNode());

        assertEquals(422, call(withQuery(http("cohort-admin/list-cohorts.json"), Map.of("limit", "0"))).getStatusCode());
        assertEquals(422, call(withQuery(http("cohort-admin/list-cohorts.json"), Map.of("nextToken", "garbage"))).getStatusCode());
    }

    @Test
    @DisplayName("anyone reads a cohort's public fields; an unknown id is 404")
    void readsOne() {
        call(http("cohort-admin/create-cohort.json"));
        APIGatewayV2HTTPResponse response = call(http("cohort-admin/get-cohort.json"));
        assertEquals(200, response.getStatusCode());
        JsonNode cohort = body(response);
        assertEquals("Fall 2027", cohort.path("name").asText());
        assertFalse(cohort.has("counts"));
        assertEquals(404, call(withPathParameter(http("cohort-admin/get-cohort.json"), "cohortId", "nope")).getStatusCode());
        assertEquals(404, call(withPathParameter(http("cohort-admin/get-cohort.json"), "cohortId", "Bad Id!")).getStatusCode());
    }

    @Test
    @DisplayName("closing is idempotent: a second close changes nothing")
    void closeIsIdempotent() {
        create(cohort("Open now", "2026-12-01T00:00:00Z", "2027-02-01T00:00:00Z"));
        APIGatewayV2HTTPEvent close = withPathParameter(http("cohort-admin/close-cohort.json"), "cohortId", "open-now");
        JsonNode closed = body(call(close));
        assertEquals("CLOSED", closed.path("status").asText());
        assertEquals(NOW.toString(), closed.path("closedAt").asText());

        clock.advance(Duration.ofHours(1));
        JsonNode again = body(call(withPathParameter(http("cohort-admin/close-cohort.json"), "cohortId", "open-now")));
        assertEquals(NOW.toString(), again.path("closedAt").asText());
        assertEquals(403, call(as(withPathParameter(http("cohort-admin/close-cohort.json"), "cohortId", "open-now"),
                "mentor@example.org")).getStatusCode());
        assertEquals(404, call(withPathParameter(http("cohort-admin/close-cohort.json"), "cohortId", "nope")).getStatusCode());
    }

    @Test
    @DisplayName("when the schedule cannot be created, the cohort is not left behind and the error tells nothing internal")
    void allOrNothing(EmulatedStack stack) {
        Map<String, String> broken = new HashMap<>(environment);
        broken.put("SCHEDULE_GROUP_NAME", "no-such-group");
        handler = new CohortAdminHandler(Environment.of(broken), clock);
        APIGatewayV2HTTPResponse response = call(http("cohort-admin/create-cohort.json"));
        assertEquals(500, response.getStatusCode());
        assertEquals("https://mentoring.example/problems/internal-error", body(response).path("type").asText());
        assertFalse(response.getBody().contains("Exception"));
        assertEquals(404, call(http("cohort-admin/get-cohort.json")).getStatusCode());
        assertNull(body(call(http("cohort-admin/list-cohorts.json"))).path("items").get(0));
        Posts posts = new Posts(new AwsClients(Environment.of(environment)));
        assertTrue(posts.find("open-fall-2027").isEmpty(), "the draft post is undone too");
        assertFalse(posts.slugTaken("applications-open-fall-2027"));
    }
}
