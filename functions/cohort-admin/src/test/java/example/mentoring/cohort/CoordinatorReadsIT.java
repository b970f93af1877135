package example.mentoring.cohort;

import static example.mentoring.emulator.EventFixtures.as;
import static example.mentoring.emulator.EventFixtures.http;
import static example.mentoring.emulator.EventFixtures.withPathParameter;
import static example.mentoring.emulator.EventFixtures.withQuery;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.application.ApplicationForm;
import example.mentoring.application.ApplicationIntake;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.EventFixtures;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.fixtures.Seed;
import example.mentoring.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Moto.class)
@DisplayName("Coordinators read a cohort's applications, demographics included, and its counts")
class CoordinatorReadsIT {

    MutableClock clock = new MutableClock(Instant.parse("2027-01-01T12:00:00Z"));
    CohortAdminHandler handler;
    ApplicationIntake intake;
    String menteeId;

    @BeforeEach
    void setUp(EmulatedStack stack) {
        Environment environment = Environment.of(stack.environmentOf("CohortAdminFunction"));
        handler = new CohortAdminHandler(environment, clock);
        assertEquals(201, call(http("cohort-admin/create-cohort.json")).getStatusCode());
        AwsClients aws = new AwsClients(environment);
        intake = Seed.intake(aws, clock);
        clock.set(Instant.parse("2027-02-01T12:00:00Z"));
        menteeId = intake.submit(new CohortId("fall-2027"), ApplicationForm.read(Json.parseBody(EventFixtures.http("submit-application/submit-mentee.json").getBody()))).applicationId();
        clock.advance(Duration.ofMinutes(1));
        intake.submit(new CohortId("fall-2027"), ApplicationForm.read(Json.parseBody(EventFixtures.http("submit-application/submit-mentor.json").getBody())));
    }

    APIGatewayV2HTTPResponse call(APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(event, null);
    }

    static JsonNode body(APIGatewayV2HTTPResponse response) {
        return Json.parseBody(response.getBody());
    }

    @Test
    @DisplayName("the list filters by role and shows demographics and preferences")
    void list() {
        JsonNode mentees = body(call(http("cohort-admin/list-applications.json")));
        assertEquals(1, mentees.path("items").size());
        JsonNode mentee = mentees.path("items").get(0);
        assertEquals("Marlowe Reyes", mentee.path("name").asText());
        assertEquals("marlowe@example.org", mentee.path("email").asText());
        assertEquals("WOMAN", mentee.path("gender").asText());
        assertEquals("HISPANIC_LATINO", mentee.path("raceEthnicity").get(0).asText());
        assertEquals("SHARED", mentee.path("preferences").path("raceEthnicity").asText());

        JsonNode all = body(call(withQuery(http("cohort-admin/list-applications.json"), Map.of())));
        assertEquals(List.of("MENTEE", "MENTOR"), all.path("items").findValuesAsText("role"));
        assertEquals(422, call(withQuery(http("cohort-admin/list-applications.json"), Map.of("role", "mentor"))).getStatusCode());
    }

    @Test
    @DisplayName("one application by id; unknown ids and cohorts are 404")
    void one() {
        JsonNode one = body(call(withPathParameter(http("cohort-admin/get-application.json"), "applicationId", menteeId)));
        assertEquals(menteeId, one.path("applicationId").asText());
        assertEquals(404, call(http("cohort-admin/get-application.json")).getStatusCode());
        assertEquals(404, call(withPathParameter(http("cohort-admin/list-applications.json"), "cohortId", "nope")).getStatusCode());
    }

    @Test
    @DisplayName("the summary counts mentors, mentees and mentor slots")
    void summary() {
        JsonNode summary = body(call(http("cohort-admin/cohort-summary.json")));
        assertEquals("fall-2027", summary.path("cohortId").asText());
        assertEquals("OPEN", summary.path("status").asText());
        assertEquals(1, summary.path("counts").path("mentors").asInt());
        assertEquals(1, summary.path("counts").path("mentees").asInt());
        assertEquals(2, summary.path("counts").path("mentorSlots").asInt());
    }

    @Test
    @DisplayName("participants may not read applications or the summary")
    void coordinatorsOnly() {
        assertEquals(403, call(as(http("cohort-admin/list-applications.json"), "marlowe@example.org")).getStatusCode());
        assertEquals(403, call(as(http("cohort-admin/get-application.json"), "marlowe@example.org")).getStatusCode());
        assertEquals(401, call(as(http("cohort-admin/cohort-summary.json"), null)).getStatusCode());
    }
}
