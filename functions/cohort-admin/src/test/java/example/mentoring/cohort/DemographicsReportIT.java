package example.mentoring.cohort;

import static example.mentoring.emulator.EventFixtures.as;
import static example.mentoring.emulator.EventFixtures.http;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import example.mentoring.application.ApplicationForm;
import example.mentoring.application.ApplicationIntake;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Transactions;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.EventFixtures;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.fixtures.Seed;
import example.mentoring.json.Json;
import example.mentoring.match.Match;
import example.mentoring.match.Matches;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Moto.class)
@DisplayName("The demographics report, read from the stored applications and matches")
class DemographicsReportIT {

    static final CohortId COHORT = new CohortId("fall-2027");

    MutableClock clock = new MutableClock(Instant.parse("2027-01-01T12:00:00Z"));
    CohortAdminHandler handler;
    AwsClients aws;
    List<String> menteeIds = new ArrayList<>();
    List<String> mentorIds = new ArrayList<>();

    @BeforeEach
    void setUp(EmulatedStack stack) {
        Environment environment = Environment.of(stack.environmentOf("CohortAdminFunction"));
        handler = new CohortAdminHandler(environment, clock);
        assertEquals(201, handler.handleRequest(http("cohort-admin/create-cohort.json"), null).getStatusCode());
        aws = new AwsClients(environment);
        ApplicationIntake intake = Seed.intake(aws, clock);
        clock.set(Instant.parse("2027-02-01T12:00:00Z"));
        for (int i = 0; i < 12; i++) {
            ObjectNode form = form("submit-mentee.json", "mentee" + i);
            if (i >= 10) {
                form.remove("gender");
            } else {
                form.put("gender", i < 7 ? "WOMAN" : "MAN");
            }
            menteeIds.add(intake.submit(COHORT, ApplicationForm.read(form)).applicationId());
        }
        for (int i = 0; i < 6; i++) {
            mentorIds.add(intake.submit(COHORT, ApplicationForm.read(form("submit-mentor.json", "mentor" + i))).applicationId());
        }
    }

    ObjectNode form(String fixture, String who) {
        clock.advance(Duration.ofSeconds(1));
        ObjectNode form = (ObjectNode) Json.parseBody(EventFixtures.http("submit-application/" + fixture).getBody());
        return form.put("email", who + "@example.org").put("institution", "Library of " + who);
    }

    JsonNode report() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(http("cohort-admin/cohort-demographics.json"), null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        return Json.parseBody(response.getBody());
    }

    static JsonNode table(JsonNode report, int role, String field) {
        for (JsonNode table : report.path("roles").get(role).path("fields")) {
            if (table.path("field").asText().equals(field)) {
                return table;
            }
        }
        throw new AssertionError("no " + field + " in " + report);
    }

    static JsonNode row(JsonNode table, String category) {
        for (JsonNode row : table.path("rows")) {
            if (row.path("category").asText().equals(category)) {
                return row;
            }
        }
        throw new AssertionError("no " + category + " in " + table);
    }

    /** Every count in the report is 5 or more, "<5" or "suppressed". */
    static void assertNoSmallNumber(JsonNode node) {
        if (node.isNumber()) {
            assertTrue(node.asInt() >= 5, "a count under 5 is shown: " + node);
        }
        node.properties().forEach(field -> {
            if (!field.getKey().equals("threshold")) {
                assertNoSmallNumber(field.getValue());
            }
        });
        node.elements().forEachRemaining(DemographicsReportIT::assertNoSmallNumber);
    }

    @Test
    @DisplayName("before matching: applicants per category; a count under 5 is \"<5\", and a count that would pin them hides too")
    void beforeMatching() {
        JsonNode report = report();
        assertFalse(report.path("matchingConfirmed").asBoolean());
        assertEquals("MENTEE", report.path("roles").get(0).path("role").asText());
        assertEquals(12, report.path("roles").get(0).path("totals").path("applicants").asInt());
        assertFalse(report.path("roles").get(0).path("totals").has("matched"));
        JsonNode gender = table(report, 0, "gender");
        assertEquals("<5", row(gender, "MAN").path("applicants").asText());
        assertEquals("<5", row(gender, "NOT_GIVEN").path("applicants").asText());
        assertEquals(7, row(gender, "WOMAN").path("applicants").asInt(),
                "the five hidden cells share 12 - 7 = 5 in many ways: none is pinned, nothing more to hide");
        assertEquals("suppressed", row(table(report, 0, "region"), "MIDWEST").path("applicants").asText(),
                "all 12 from one region: shown, it would pin the five others at 0");
        assertNoSmallNumber(report);
    }

    @Test
    @DisplayName("after a confirmed run: mentees matched or wait-listed, mentors matched or unmatched")
    void afterMatching() {
        List<example.mentoring.aws.Write> writes = new ArrayList<>();
        Matches matches = new Matches(aws);
        for (int i = 0; i < 6; i++) {
            writes.add(matches.add(new Match("m" + i, COHORT.value(), "run-1", mentorIds.get(i), menteeIds.get(i),
                    "Mentor", "mentor" + i + "@example.org", "Mentee", "mentee" + i + "@example.org", 10,
                    List.of("storytime"), LocalDate.parse("2027-03-01"), clock.instant())));
        }
        new Transactions(aws).write(writes);
        assertTrue(new Cohorts(aws).confirmRun(COHORT, "run-1"));

        JsonNode report = report();
        assertTrue(report.path("matchingConfirmed").asBoolean());
        JsonNode mentees = report.path("roles").get(0).path("totals");
        assertEquals(List.of(12, 6, 6), List.of(mentees.path("applicants").asInt(), mentees.path("matched").asInt(),
                mentees.path("waitListed").asInt()));
        JsonNode mentors = report.path("roles").get(1);
        assertEquals("MENTOR", mentors.path("role").asText());
        assertEquals("<5", mentors.path("totals").path("unmatched").asText());
        assertFalse(mentors.path("totals").has("waitListed"));
        assertEquals(4, mentors.path("fields").size(), "mentors give no career stage");
        assertNoSmallNumber(report);
    }

    @Test
    @DisplayName("coordinators only: a participant is refused, no token is 401, an unknown cohort 404")
    void coordinatorsOnly() {
        assertEquals(403, handler.handleRequest(as(http("cohort-admin/cohort-demographics.json"), "mentee0@example.org"), null)
                .getStatusCode());
        assertEquals(401, handler.handleRequest(as(http("cohort-admin/cohort-demographics.json"), null), null).getStatusCode());
        assertEquals(404, handler.handleRequest(EventFixtures.withPathParameter(http("cohort-admin/cohort-demographics.json"),
                "cohortId", "nope"), null).getStatusCode());
    }
}
