package example.mentoring.year;

import static example.mentoring.emulator.EventFixtures.as;
import static example.mentoring.emulator.EventFixtures.http;
import static example.mentoring.emulator.EventFixtures.withBody;
import static example.mentoring.emulator.EventFixtures.withPathParameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.application.Application;
import example.mentoring.application.BulkApplications;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.fixtures.Seed;
import example.mentoring.paging.Page;
import example.mentoring.json.Json;
import example.mentoring.matchengine.Preferences;
import example.mentoring.meeting.LogMeetingHandler;
import example.mentoring.notification.Notification;
import example.mentoring.notification.NotificationStatus;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.email.MatchEnded;
import example.mentoring.notification.email.MatchEndedReport;
import example.mentoring.notification.email.ProgramRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Moto.class)
@DisplayName("The match through its year: its pair and the coordinators read it, the pair sets goals, either ends it")
class ProgramYearIT {

    static final LocalDate STARTED = LocalDate.parse("2027-03-20");
    static final String MATCH = "m3f1c2d4e5a6b7c8d9e0f1a2b";
    static final String OTHER_MATCH = "m00000000000000000000000a";
    static final String MENTOR = "dana@example.net";
    static final String MENTEE = "marlowe@example.org";
    static final String COORDINATOR = "c@example.org";

    MutableClock clock = new MutableClock(Instant.parse("2027-06-01T15:00:00Z"));
    LogMeetingHandler handler;
    AwsClients aws;
    String coordinators;

    @BeforeEach
    void setUp(EmulatedStack stack) {
        Map<String, String> variables = stack.environmentOf("LogMeetingFunction");
        Environment environment = Environment.of(variables);
        aws = new AwsClients(environment);
        coordinators = "coordinators-" + COORDINATOR;
        // the coordinators emailed are the members of the user pool's coordinators group
        String pool = variables.get("USER_POOL_ID");
        aws.cognito().adminCreateUser(r -> r.userPoolId(pool).username("c-1").messageAction("SUPPRESS").userAttributes(
                software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType.builder().name("email").value(coordinators).build(),
                software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType.builder().name("email_verified").value("true").build()));
        aws.cognito().adminAddUserToGroup(r -> r.userPoolId(pool).username("c-1").groupName("coordinators"));
        handler = new LogMeetingHandler(environment, clock);
        Seed.cohort().matchedBy("run-1").addTo(aws);
        BulkApplications.write(aws, List.of(application(MENTOR, ProgramRole.MENTOR, "Springfield Public Library",
                "Head of Children's Services"), application(MENTEE, ProgramRole.MENTEE, "Shelbyville Library", null)));
        Seed.match(aws, MATCH, "fall-2027", MENTOR, MENTEE, STARTED);
        Seed.match(aws, OTHER_MATCH, "fall-2027", "alex@example.net", "sam@example.org", STARTED);
    }

    static Application application(String email, ProgramRole role, String institution, String position) {
        return new Application("app-" + email, "fall-2027", role, Seed.nameOf(email), email, institution,
                Optional.ofNullable(position), "PUBLIC", "MIDWEST", role == ProgramRole.MENTOR ? 12 : 1, true,
                Optional.of("EARLY_CAREER"), true, false, List.of("storytime"), Optional.empty(), Optional.of("WOMAN"),
                Optional.empty(), List.of("HISPANIC_LATINO"), Preferences.DEFAULT, role == ProgramRole.MENTOR ? 2 : 0,
                Instant.parse("2027-02-01T00:00:00Z"), Optional.of(Instant.parse("2027-02-01T00:00:00Z")));
    }

    APIGatewayV2HTTPResponse call(APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(event, null);
    }

    static JsonNode body(APIGatewayV2HTTPResponse response) {
        return Json.parseBody(response.getBody());
    }

    static APIGatewayV2HTTPEvent event(String sample) {
        return http("log-meeting/" + sample + ".json");
    }

    static APIGatewayV2HTTPEvent goals(String json) {
        return withBody(event("set-goals"), json);
    }

    static APIGatewayV2HTTPEvent end(String reason) {
        return withBody(event("end-match"), Json.write(Map.of("reason", reason)));
    }

    List<Notification> outbox() {
        return new Notifications(aws).list(NotificationStatus.PENDING, Page.Request.first(100)).items();
    }

    @Test
    @DisplayName("both of the pair and a coordinator read it: people with institution and position, no demographics, ACTIVE, meetings in figures")
    void readTheMatch() {
        for (APIGatewayV2HTTPEvent request : List.of(event("get-match"), as(event("get-match"), MENTOR),
                as(event("get-match"), COORDINATOR, "coordinators"))) {
            APIGatewayV2HTTPResponse response = call(request);
            assertEquals(200, response.getStatusCode(), response.getBody());
            JsonNode match = body(response);
            assertEquals("ACTIVE", match.path("status").asText());
            assertEquals("Springfield Public Library", match.path("mentor").path("institution").asText());
            assertEquals("Head of Children's Services", match.path("mentor").path("position").asText());
            assertEquals("Shelbyville Library", match.path("mentee").path("institution").asText());
            assertEquals(MENTEE, match.path("mentee").path("email").asText());
            assertEquals(0, match.path("meetings").path("meetings").asInt());
            assertEquals(0, match.path("goals").size());
            assertFalse(response.getBody().contains("WOMAN") || response.getBody().contains("HISPANIC"), response.getBody());
        }
        assertEquals(201, call(event("log-meeting")).getStatusCode());
        JsonNode afterMeeting = body(call(event("get-match")));
        assertEquals(1, afterMeeting.path("meetings").path("meetings").asInt());
        assertEquals(45, afterMeeting.path("meetings").path("minutes").asInt());
    }

    @Test
    @DisplayName("a stranger, a participant of another match, an unverified email and an unknown match get 404 on every route")
    void privateMatch() {
        for (String sample : List.of("get-match", "set-goals", "end-match")) {
            assertEquals(404, call(as(event(sample), "stranger@example.org")).getStatusCode(), sample);
            assertEquals(404, call(as(event(sample), "sam@example.org")).getStatusCode(), sample);
            assertEquals(404, call(withPathParameter(event(sample), "matchId", "nope")).getStatusCode(), sample);
            APIGatewayV2HTTPEvent unverified = event(sample);
            unverified.getRequestContext().getAuthorizer().getJwt().getClaims().put("email_verified", "false");
            assertEquals(404, call(unverified).getStatusCode(), sample);
            assertEquals(401, call(as(event(sample), null)).getStatusCode(), sample);
        }
        assertEquals(404, call(as(event("set-goals"), COORDINATOR, "coordinators")).getStatusCode(),
                "only the pair sets its goals");
        assertEquals("ACTIVE", body(call(event("get-match"))).path("status").asText());
        assertTrue(outbox().isEmpty());
    }

    @Test
    @DisplayName("goals: the pair replaces them, new ones get ids, a competency is optional; the partner reads them")
    void setGoals() {
        APIGatewayV2HTTPResponse set = call(event("set-goals"));
        assertEquals(200, set.getStatusCode(), set.getBody());
        JsonNode goals = body(set).path("goals");
        assertEquals(3, goals.size());
        assertEquals("PROGRAMMING_SKILLS", goals.get(0).path("competency").asText());
        assertTrue(goals.get(2).path("competency").isMissingNode());
        String firstId = goals.get(0).path("goalId").asText();
        assertFalse(firstId.isEmpty());

        APIGatewayV2HTTPResponse edited = call(as(goals(Json.write(Map.of("goals", List.of(
                Map.of("goalId", firstId, "text", "Plan and run a summer reading storytime series", "competency",
                        "PROGRAMMING_SKILLS", "status", "DONE"))))), MENTOR));
        assertEquals(200, edited.getStatusCode(), edited.getBody());
        JsonNode forMentee = body(call(event("get-match"))).path("goals");
        assertEquals(1, forMentee.size());
        assertEquals(firstId, forMentee.get(0).path("goalId").asText());
        assertEquals("DONE", forMentee.get(0).path("status").asText());
    }

    @Test
    @DisplayName("goal rules: at most 10, text 1–500, a known competency and status, ids unique, no unknown fields")
    void goalRules() {
        List<Map<String, String>> eleven = IntStream.range(0, 11)
                .mapToObj(i -> Map.of("text", "Goal " + i, "status", "OPEN")).toList();
        assertEquals(List.of("/goals"), badFields(Json.write(Map.of("goals", eleven))));
        assertEquals(List.of("/goals"), badFields("{}"));
        assertEquals(List.of("/goals/0/text", "/goals/1/competency", "/goals/2/status", "/goals/4/mood", "/goals/4/goalId"),
                badFields(Json.write(Map.of("goals", List.of(
                        Map.of("text", "x".repeat(501), "status", "OPEN"),
                        Map.of("text", "Storytime", "competency", "STORYTIME", "status", "OPEN"),
                        Map.of("text", "Storytime", "status", "open"),
                        Map.of("goalId", "g1", "text", "One", "status", "OPEN"),
                        Map.of("goalId", "g1", "text", "Two", "status", "OPEN", "mood", "keen"))))));
        assertEquals(200, call(goals(Json.write(Map.of("goals", eleven.subList(0, 10))))).getStatusCode());
        assertEquals(200, call(goals("{\"goals\": []}")).getStatusCode(), "no goals at all is a list too");
    }

    List<String> badFields(String json) {
        APIGatewayV2HTTPResponse response = call(goals(json));
        assertEquals(422, response.getStatusCode(), response.getBody());
        return body(response).path("errors").findValuesAsText("field");
    }

    @Test
    @DisplayName("the mentee ends it: ENDED, the mentor and the coordinators emailed once, the reason only in the coordinators' email and view")
    void menteeEnds() {
        String reason = "We took new jobs whose schedules no longer overlap.";
        APIGatewayV2HTTPResponse ended = call(event("end-match"));
        assertEquals(200, ended.getStatusCode(), ended.getBody());
        assertEquals("ENDED", body(ended).path("status").asText());
        assertEquals("MENTEE", body(ended).path("ended").path("endedBy").asText());
        assertTrue(body(ended).path("ended").path("reason").isMissingNode(), "the pair never reads the reason");

        assertEquals(200, call(end("Another reason")).getStatusCode(), "idempotent");
        assertEquals(200, call(as(end("Again"), COORDINATOR, "coordinators")).getStatusCode());
        List<Notification> emails = outbox();
        assertEquals(2, emails.size(), emails.toString());
        MatchEnded toMentor = (MatchEnded) emails.stream().filter(n -> n.recipient().equals(MENTOR))
                .findFirst().orElseThrow().message();
        assertEquals(Seed.nameOf(MENTEE), toMentor.partnerName());
        assertFalse(Json.write(toMentor).contains("schedules"));
        MatchEndedReport report = (MatchEndedReport) emails.stream().filter(n -> n.recipient().equals(coordinators))
                .findFirst().orElseThrow().message();
        assertEquals(reason, report.reason());
        assertEquals("MENTEE", report.endedBy());

        JsonNode forCoordinator = body(call(as(event("get-match"), COORDINATOR, "coordinators")));
        assertEquals(reason, forCoordinator.path("ended").path("reason").asText());
        APIGatewayV2HTTPResponse goalsAfter = call(event("set-goals"));
        assertEquals(409, goalsAfter.getStatusCode(), goalsAfter.getBody());
        assertTrue(body(goalsAfter).path("type").asText().endsWith("/match-not-active"));
    }

    @Test
    @DisplayName("after a match ended early, a meeting after its end is refused (422 naming /occurredOn); one before it is still logged")
    void meetingsAfterTheEnd() {
        assertEquals(200, call(event("end-match")).getStatusCode()); // at 2027-06-01T15:00Z: 2 June somewhere on Earth
        clock.set(Instant.parse("2027-06-10T12:00:00Z"));
        APIGatewayV2HTTPResponse after = call(logOn("2027-06-03"));
        assertEquals(422, after.getStatusCode(), after.getBody());
        assertEquals(List.of("/occurredOn"), body(after).path("errors").findValuesAsText("field"));
        assertTrue(after.getBody().contains("after the match ended (2027-06-02)"), after.getBody());
        APIGatewayV2HTTPResponse before = call(logOn("2027-06-01"));
        assertEquals(201, before.getStatusCode(), before.getBody());
        assertEquals(1, body(call(event("get-match"))).path("meetings").path("meetings").asInt(), "only the one before the end counts");
    }

    /** The sample log of a meeting on {@code day}, without the sample's Idempotency-Key (each is a new request). */
    static APIGatewayV2HTTPEvent logOn(String day) {
        APIGatewayV2HTTPEvent event = withBody(event("log-meeting"),
                Json.write(Map.of("occurredOn", day, "durationMinutes", 30, "format", "PHONE")));
        event.getHeaders().keySet().removeIf(name -> name.equalsIgnoreCase("idempotency-key"));
        return event;
    }

    @Test
    @DisplayName("a coordinator ends it: both of the pair and the coordinators emailed; a reason of 1–1000 characters")
    void coordinatorEnds() {
        assertEquals(422, call(as(end(""), COORDINATOR, "coordinators")).getStatusCode());
        assertEquals(422, call(as(end("x".repeat(1001)), COORDINATOR, "coordinators")).getStatusCode());
        assertEquals(422, call(as(withBody(event("end-match"), "{\"reason\": \"ok\", \"why\": 1}"),
                COORDINATOR, "coordinators")).getStatusCode());
        assertTrue(outbox().isEmpty());
        APIGatewayV2HTTPResponse ended = call(as(end("x".repeat(1000)), COORDINATOR, "coordinators"));
        assertEquals(200, ended.getStatusCode(), ended.getBody());
        assertEquals("COORDINATOR", body(ended).path("ended").path("endedBy").asText());
        assertEquals(List.of(MENTOR, MENTEE, coordinators).stream().sorted().toList(),
                outbox().stream().map(Notification::recipient).sorted().toList());
        assertTrue(outbox().stream().filter(n -> n.message() instanceof MatchEnded)
                .allMatch(n -> ((MatchEnded) n.message()).byCoordinator()));
        assertEquals("ACTIVE", body(call(as(withPathParameter(event("get-match"), "matchId", OTHER_MATCH),
                "sam@example.org"))).path("status").asText(), "the other match runs on");
    }

    @Test
    @DisplayName("the engagement report counts goals set and done per match and the pairs per competency; an ended pair is not quiet")
    void engagement() throws Exception {
        assertEquals(200, call(event("set-goals")).getStatusCode());
        assertEquals(200, call(as(withPathParameter(goals(Json.write(Map.of("goals", List.of(
                Map.of("text", "Visit a school library", "competency", "OUTREACH_AND_ADVOCACY", "status", "OPEN"),
                Map.of("text", "Lead a storytime", "competency", "PROGRAMMING_SKILLS", "status", "OPEN"))))),
                "matchId", OTHER_MATCH), "sam@example.org")).getStatusCode());
        assertEquals(200, call(as(withPathParameter(end("Moved abroad."), "matchId", OTHER_MATCH), "sam@example.org"))
                .getStatusCode());

        JsonNode report = body(call(as(event("engagement"), COORDINATOR, "coordinators")));
        JsonNode pair = java.util.stream.StreamSupport.stream(report.path("matches").spliterator(), false)
                .filter(m -> m.path("matchId").asText().equals(MATCH)).findFirst().orElseThrow();
        assertEquals(3, pair.path("goalsSet").asInt());
        assertEquals(1, pair.path("goalsDone").asInt());
        assertEquals("ACTIVE", pair.path("status").asText());
        assertEquals(2, report.path("competencies").path("PROGRAMMING_SKILLS").asInt());
        assertEquals(1, report.path("competencies").path("OUTREACH_AND_ADVOCACY").asInt());
        assertEquals(1, report.path("competencies").path("PROFESSIONALISM_AND_PROFESSIONAL_DEVELOPMENT").asInt());
        assertEquals(0, report.path("competencies").path("REFERENCE_AND_USER_SERVICES").asInt());
        assertEquals(7, report.path("competencies").size(), "every area listed");
        assertEquals(List.of(MATCH), report.path("quiet").findValuesAsText("matchId"), "the ended pair is not quiet");

        APIGatewayV2HTTPEvent csvRequest = as(event("engagement"), COORDINATOR, "coordinators");
        csvRequest.getHeaders().put("accept", "text/csv");
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(call(csvRequest).getBody()
                .substring(1), org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<org.apache.commons.csv.CSVRecord> rows = parser.getRecords();
            org.apache.commons.csv.CSVRecord ended = rows.stream().filter(r -> r.get("matchId").equals(OTHER_MATCH))
                    .findFirst().orElseThrow();
            assertEquals("ENDED", ended.get("status"));
            assertEquals("2", ended.get("goalsSet"));
            assertEquals("0", ended.get("goalsDone"));
            assertEquals("1", ended.get("competency:OUTREACH_AND_ADVOCACY"));
            assertEquals("0", ended.get("competency:MATERIALS_KNOWLEDGE_CURATION_MANAGEMENT"));
            assertEquals(2, rows.stream().mapToInt(r -> Integer.parseInt(r.get("competency:PROGRAMMING_SKILLS"))).sum(),
                    "a column's sum is the report's count");
        }
    }
}
