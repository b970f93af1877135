package example.mentoring.audit;

import static example.mentoring.emulator.EventFixtures.as;
import static example.mentoring.emulator.EventFixtures.http;
import static example.mentoring.emulator.EventFixtures.withPathParameter;
import static example.mentoring.emulator.EventFixtures.withQuery;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.aws.Environment;
import example.mentoring.cohort.CohortAdminHandler;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.Fault;
import example.mentoring.emulator.FaultProxy;
import example.mentoring.emulator.FaultyMoto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.emulator.Operation;
import example.mentoring.emulator.When;
import example.mentoring.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FaultyMoto.class)
@DisplayName("The audit trail: every read of demographic data and every export, recorded before the answer leaves")
class AuditTrailIT {

    static final String COORDINATOR = "coordinator@example.org";

    MutableClock clock = new MutableClock(Instant.parse("2027-01-01T12:00:00Z"));
    CohortAdminHandler handler;
    FaultProxy proxy;

    @BeforeEach
    void setUp(EmulatedStack stack, FaultProxy proxy) {
        this.proxy = proxy;
        handler = new CohortAdminHandler(Environment.of(stack.environmentOf("CohortAdminFunction")), clock);
        assertEquals(201, handler.handleRequest(http("cohort-admin/create-cohort.json"), null).getStatusCode());
    }

    APIGatewayV2HTTPResponse call(APIGatewayV2HTTPEvent event) {
        clock.advance(Duration.ofSeconds(1));
        return handler.handleRequest(event, null);
    }

    JsonNode audit(Map<String, String> query) {
        APIGatewayV2HTTPResponse response = call(withQuery(http("cohort-admin/list-audit-entries.json"), query));
        assertEquals(200, response.getStatusCode(), response.getBody());
        return Json.parseBody(response.getBody());
    }

    List<String> whats(JsonNode page) {
        List<String> whats = new ArrayList<>();
        page.path("items").forEach(entry -> whats.add(entry.path("action").asText() + " " + entry.path("what").asText()));
        return whats;
    }

    @Test
    @DisplayName("reads and exports are listed newest first: who, when, what (with the parameters that chose the data), which request")
    void readsAndExportsRecorded() {
        APIGatewayV2HTTPEvent demographics = http("cohort-admin/cohort-demographics.json");
        assertEquals(200, call(demographics).getStatusCode());
        assertEquals(200, call(withQuery(http("cohort-admin/list-applications.json"), Map.of("role", "MENTOR", "limit", "10")))
                .getStatusCode());
        assertEquals(200, call(withQuery(http("cohort-admin/list-applications.json"), Map.of("role", "MENTEE", "format", "csv")))
                .getStatusCode());

        JsonNode page = audit(Map.of("cohortId", "fall-2027"));
        assertEquals(List.of("EXPORT /cohorts/fall-2027/applications?role=MENTEE",
                "READ /cohorts/fall-2027/applications?role=MENTOR",
                "READ /cohorts/fall-2027/demographics"), whats(page));
        JsonNode first = page.path("items").get(2);
        assertEquals(COORDINATOR, first.path("actor").asText());
        assertEquals("fall-2027", first.path("cohortId").asText());
        assertEquals("2027-01-01T12:00:01Z", first.path("at").asText());
        assertEquals(demographics.getRequestContext().getRequestId(),
                first.path("requestId").asText());
        assertEquals(0, audit(Map.of()).path("items").size(), "nothing here concerns the program beyond the cohort");
    }

    @Test
    @DisplayName("a refused read shows nothing and records nothing: a participant (403), no token (401), an unknown cohort (404)")
    void refusalsRecordNothing() {
        assertEquals(403, call(as(http("cohort-admin/cohort-demographics.json"), "mentee@example.org")).getStatusCode());
        assertEquals(401, call(as(http("cohort-admin/list-applications.json"), null)).getStatusCode());
        assertEquals(404, call(withPathParameter(http("cohort-admin/get-application.json"), "applicationId", "a-missing"))
                .getStatusCode());
        assertEquals(0, audit(Map.of("cohortId", "fall-2027")).path("items").size());
    }

    @Test
    @DisplayName("when the entry cannot be stored, the data does not leave: the caller gets an error instead")
    void noEntryNoData() {
        proxy.inject(Operation.dynamoDb("PutItem"), Fault.internalError(), When.always());
        APIGatewayV2HTTPResponse response = call(http("cohort-admin/cohort-demographics.json"));
        assertTrue(response.getStatusCode() >= 500, response.getStatusCode() + " " + response.getBody());
        assertFalse(response.getBody().contains("roles"), "no report in the error: " + response.getBody());
        proxy.clear();
        assertEquals(0, audit(Map.of("cohortId", "fall-2027")).path("items").size());
    }

    @Test
    @DisplayName("pages: limit and nextToken walk the entries once each; coordinators only; a cohortId that cannot be one is 422")
    void pagesAndRules() {
        for (int i = 0; i < 3; i++) {
            assertEquals(200, call(http("cohort-admin/cohort-demographics.json")).getStatusCode());
        }
        JsonNode first = audit(Map.of("cohortId", "fall-2027", "limit", "2"));
        assertEquals(2, first.path("items").size());
        JsonNode second = audit(Map.of("cohortId", "fall-2027", "limit", "2", "nextToken", first.path("nextToken").asText()));
        assertEquals(1, second.path("items").size());
        assertNull(second.get("nextToken"));
        assertTrue(first.path("items").get(1).path("at").asText().compareTo(second.path("items").get(0).path("at").asText()) > 0);

        assertEquals(403, call(as(withQuery(http("cohort-admin/list-audit-entries.json"), Map.of()), "mentee@example.org"))
                .getStatusCode());
        APIGatewayV2HTTPResponse bad = call(withQuery(http("cohort-admin/list-audit-entries.json"), Map.of("cohortId", "Not A Cohort")));
        assertEquals(422, bad.getStatusCode());
        assertTrue(bad.getBody().contains("cohortId"), bad.getBody());
    }
}
