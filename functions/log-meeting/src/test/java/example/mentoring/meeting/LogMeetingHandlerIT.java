package example.mentoring.meeting;

import static example.mentoring.emulator.EventFixtures.as;
import static example.mentoring.emulator.EventFixtures.http;
import static example.mentoring.emulator.EventFixtures.withBody;
import static example.mentoring.emulator.EventFixtures.withPathParameter;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.fixtures.Seed;
import example.mentoring.json.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Moto.class)
@DisplayName("Pairs log and read their meetings; a match is invisible to everyone else")
class LogMeetingHandlerIT {

    static final LocalDate STARTED = LocalDate.parse("2027-03-20");
    static final String MATCH = "m3f1c2d4e5a6b7c8d9e0f1a2b";
    static final String OTHER_MATCH = "m00000000000000000000000a";
    static final String QUIET_MATCH = "m00000000000000000000000b";

    MutableClock clock = new MutableClock(Instant.parse("2027-06-01T15:00:00Z"));
    LogMeetingHandler handler;
    AwsClients aws;

    @BeforeEach
    void setUp(EmulatedStack stack) {
        Environment environment = Environment.of(stack.environmentOf("LogMeetingFunction"));
        aws = new AwsClients(environment);
        handler = new LogMeetingHandler(environment, clock);
        Seed.cohort().matchedBy("run-1").addTo(aws);
        addMatch(aws, MATCH, "dana@example.net", "marlowe@example.org", STARTED);
        addMatch(aws, OTHER_MATCH, "alex@example.net", "sam@example.org", STARTED);
    }

    static void addMatch(AwsClients aws, String matchId, String mentorEmail, String menteeEmail, LocalDate startsOn) {
        Seed.match(aws, matchId, "fall-2027", mentorEmail, menteeEmail, startsOn);
    }

    APIGatewayV2HTTPResponse call(APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(event, null);
    }

    static JsonNode body(APIGatewayV2HTTPResponse response) {
        return Json.parseBody(response.getBody());
    }

    static APIGatewayV2HTTPEvent log(String json) {
        APIGatewayV2HTTPEvent event = withBody(http("log-meeting/log-meeting.json"), json);
        event.getHeaders().remove("idempotency-key");
        return event;
    }

    static String meeting(String occurredOn, int minutes, String... activities) {
        return Json.write(Map.of("occurredOn", occurredOn, "durationMinutes", minutes, "format", "VIDEO",
                "activities", List.of(activities)));
    }

    @Test
    @DisplayName("the mentee logs, the mentor reads it, newest first, with who logged it")
    void logAndRead() {
        APIGatewayV2HTTPResponse logged = call(http("log-meeting/log-meeting.json"));
        assertEquals(201, logged.getStatusCode(), logged.getBody());
        assertEquals("MENTEE", body(logged).path("loggedBy").get(0).path("role").asText());
        assertEquals("marlowe@example.org", body(logged).path("loggedBy").get(0).path("email").asText());
        assertEquals(201, call(as(log(meeting("2027-05-10", 30, "mock-interview")), "Dana@Example.net")).getStatusCode());

        JsonNode forMentor = body(call(as(http("log-meeting/list-meetings.json"), "dana@example.net")));
        assertEquals(List.of("2027-05-10", "2027-04-02"), forMentor.path("items").findValuesAsText("occurredOn"));
        assertEquals("MENTOR", forMentor.path("items").get(0).path("loggedBy").get(0).path("role").asText());
        assertEquals("Set goals for the summer reading program.", forMentor.path("items").get(1).path("notes").asText());
        JsonNode forCoordinator = body(call(as(http("log-meeting/list-meetings.json"), "c@example.org", "coordinators")));
        assertEquals(2, forCoordinator.path("items").size());
    }

    @Test
    @DisplayName("a stranger, a participant of another match and an unknown match all get 404")
    void privateMatches() {
        assertEquals(404, call(as(http("log-meeting/log-meeting.json"), "stranger@example.org")).getStatusCode());
        assertEquals(404, call(as(http("log-meeting/log-meeting.json"), "sam@example.org")).getStatusCode());
        assertEquals(404, call(as(http("log-meeting/list-meetings.json"), "sam@example.org")).getStatusCode());
        assertEquals(404, call(withPathParameter(http("log-meeting/list-meetings.json"), "matchId", "nope")).getStatusCode());
        assertEquals(404, call(as(http("log-meeting/log-meeting.json"), "c@example.org", "coordinators")).getStatusCode(),
                "only the two participants log");
        assertEquals(401, call(as(http("log-meeting/log-meeting.json"), null)).getStatusCode());
    }

    @Test
    @DisplayName("each rule: date not in the future nor before the match, 1–600 minutes, known format and activities, notes ≤ 4000")
    void validation() {
        assertEquals(List.of("/occurredOn"), badFields(meeting("2027-06-03", 30)));
        assertEquals(201, call(log(meeting("2027-06-02", 30))).getStatusCode(), "already June 2 somewhere on Earth");
        assertEquals(List.of("/occurredOn"), badFields(meeting("2027-03-19", 30)));
        assertEquals(List.of("/durationMinutes"), badFields(meeting("2027-05-01", 0)));
        assertEquals(List.of("/durationMinutes"), badFields(meeting("2027-05-01", 601)));
        assertEquals(List.of("/activities/1"), badFields(meeting("2027-05-01", 30, "conversation", "knitting")));
        assertEquals(List.of("/activities"), badFields(meeting("2027-05-01", 30, "conversation", "mock-interview",
                "resume-review", "blog-post", "research", "conference", "other")));
        assertEquals(List.of("/format", "/notes", "/mood"), badFields(Json.write(Map.of("occurredOn", "2027-05-01",
                "durationMinutes", 30, "format", "video", "notes", "x".repeat(4001), "mood", "great"))).stream().sorted(
                java.util.Comparator.comparing(f -> List.of("/format", "/notes", "/mood").indexOf(f))).toList());
        assertEquals(List.of("/occurredOn", "/durationMinutes", "/format"), badFields("{}"));
    }

    List<String> badFields(String json) {
        APIGatewayV2HTTPResponse response = call(log(json));
        assertEquals(422, response.getStatusCode(), response.getBody());
        return body(response).path("errors").findValuesAsText("field");
    }

    @Test
    @DisplayName("the same meeting logged twice, with the same Idempotency-Key or as a plain retry, is one entry")
    void onceOnly() {
        String first = body(call(http("log-meeting/log-meeting.json"))).path("meetingId").asText();
        APIGatewayV2HTTPResponse sameKey = call(http("log-meeting/log-meeting.json"));
        assertEquals(first, body(sameKey).path("meetingId").asText());
        APIGatewayV2HTTPEvent retry = http("log-meeting/log-meeting.json");
        retry.getHeaders().remove("idempotency-key");
        assertEquals(first, body(call(retry)).path("meetingId").asText());
        assertEquals(1, body(call(http("log-meeting/list-meetings.json"))).path("items").size());
        assertEquals(1, new Meetings(aws).engagement(MATCH).meetings());
    }

    @Test
    @DisplayName("a meeting both partners log counts once: the partner's log confirms it and loggedBy names both")
    void bothPartnersLogOneMeeting() {
        APIGatewayV2HTTPResponse first = call(as(log(meeting("2027-05-10", 45, "conversation", "goal-setting")),
                "marlowe@example.org"));
        assertEquals(201, first.getStatusCode(), first.getBody());
        APIGatewayV2HTTPResponse second = call(as(log(meeting("2027-05-10", 40, "conversation")), "dana@example.net"));
        assertEquals(201, second.getStatusCode(), second.getBody());
        assertEquals(body(first).path("meetingId").asText(), body(second).path("meetingId").asText());
        assertEquals(List.of("marlowe@example.org", "dana@example.net"), body(second).path("loggedBy").findValuesAsText("email"));
        assertEquals(List.of("MENTEE", "MENTOR"), body(second).path("loggedBy").findValuesAsText("role"));
        assertEquals(45, body(second).path("durationMinutes").asInt(), "the first log's details stand");
        // a repeat by either of them changes nothing
        call(as(log(meeting("2027-05-10", 40, "conversation")), "dana@example.net"));
        call(as(log(meeting("2027-05-10", 45, "conversation", "goal-setting")), "marlowe@example.org"));

        JsonNode listed = body(call(as(http("log-meeting/list-meetings.json"), "dana@example.net")));
        assertEquals(1, listed.path("items").size());
        assertEquals(2, listed.path("items").get(0).path("loggedBy").size());
        MatchEngagement summary = new Meetings(aws).engagement(MATCH);
        assertEquals(1, summary.meetings());
        assertEquals(45, summary.minutes());
        assertEquals(1, summary.activityCounts().get("conversation"));
        JsonNode report = findMatch(body(call(http("log-meeting/engagement.json"))), MATCH);
        assertEquals(1, report.path("meetings").asInt());
        assertEquals(45, report.path("minutes").asInt());
    }

    @Test
    @DisplayName("both partners logging the same day at the same time still make one meeting, counted once")
    void bothPartnersAtOnce() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var mentee = pool.submit(() -> call(as(log(meeting("2027-05-11", 30, "conversation")), "marlowe@example.org")));
        var mentor = pool.submit(() -> call(as(log(meeting("2027-05-11", 30, "conversation")), "dana@example.net")));
        assertEquals(201, mentee.get().getStatusCode(), mentee.get().getBody());
        assertEquals(201, mentor.get().getStatusCode(), mentor.get().getBody());
        pool.shutdown();
        JsonNode listed = body(call(as(http("log-meeting/list-meetings.json"), "dana@example.net")));
        assertEquals(1, listed.path("items").size());
        assertEquals(2, listed.path("items").get(0).path("loggedBy").size());
        assertEquals(1, new Meetings(aws).engagement(MATCH).meetings());
    }

    @Test
    @DisplayName("the engagement report's figures for a cohort with known meetings")
    void engagement(EmulatedStack stack) {
        addMatch(aws, QUIET_MATCH, "lee@example.net", "kim@example.org", STARTED);
        call(as(log(meeting("2027-04-01", 60, "conversation", "goal-setting")), "marlowe@example.org"));
        call(as(log(meeting("2027-05-15", 30, "conversation")), "dana@example.net"));
        assertEquals(201, call(as(withPathParameter(log(meeting("2027-04-10", 45, "mock-interview")), "matchId", OTHER_MATCH),
                "sam@example.org")).getStatusCode());

        APIGatewayV2HTTPResponse response = call(http("log-meeting/engagement.json"));
        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode report = body(response);
        JsonNode busy = findMatch(report, MATCH);
        assertEquals(2, busy.path("meetings").asInt());
        assertEquals(90, busy.path("minutes").asInt());
        assertEquals("2027-05-15", busy.path("lastMeetingOn").asText());
        assertEquals(2, busy.path("activityCounts").path("conversation").asInt());
        assertEquals(1, busy.path("activityCounts").path("goal-setting").asInt());
        // as of 2027-06-01: the other match last met 2027-04-10 (52 days), the quiet one never (started 73 days ago)
        assertEquals(List.of(OTHER_MATCH, QUIET_MATCH), report.path("quiet").findValuesAsText("matchId"));
        assertEquals(52, findIn(report.path("quiet"), OTHER_MATCH).path("daysSinceLastMeeting").asInt());
        JsonNode totals = report.path("totals");
        assertEquals(3, totals.path("pairs").asInt());
        assertEquals(3, totals.path("meetings").asInt());
        assertEquals(135, totals.path("minutes").asInt());
        assertEquals(0.33, totals.path("shareOfPairsActive").asDouble());
        // 3 meetings over 3 pairs x 73 days (2.40 months each)
        assertEquals(0.42, totals.path("meetingsPerPairPerMonth").asDouble());
        assertEquals(403, call(as(http("log-meeting/engagement.json"), "dana@example.net")).getStatusCode());

        APIGatewayV2HTTPEvent csvRequest = http("log-meeting/engagement.json");
        csvRequest.getHeaders().put("accept", "text/csv");
        APIGatewayV2HTTPResponse csv = call(csvRequest);
        assertEquals("attachment; filename=\"fall-2027-engagement.csv\"", csv.getHeaders().get("content-disposition"));
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(csv.getBody().substring(1),
                org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<org.apache.commons.csv.CSVRecord> rows = parser.getRecords();
            assertEquals(3, rows.size(), "a row per match, as in the JSON");
            org.apache.commons.csv.CSVRecord row = rows.stream().filter(r -> r.get("matchId").equals(MATCH)).findFirst().orElseThrow();
            assertEquals(List.of("2", "90", "2027-05-15", "false", "2", "1", "0"), List.of(row.get("meetings"), row.get("minutes"),
                    row.get("lastMeetingOn"), row.get("quiet"), row.get("activity:conversation"), row.get("activity:goal-setting"),
                    row.get("activity:mock-interview")));
            assertEquals("true", rows.stream().filter(r -> r.get("matchId").equals(QUIET_MATCH)).findFirst().orElseThrow().get("quiet"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(List.of("EXPORT /cohorts/fall-2027/engagement by coordinator@example.org"),
                new example.mentoring.audit.AuditTrail(aws).list(java.util.Optional.of("fall-2027"), example.mentoring.paging.Page.Request.first(10))
                        .items().stream().map(e -> e.action() + " " + e.what() + " by " + e.actor()).toList(),
                "the export is in the audit trail; the JSON reads (no demographics) are not");
    }

    static JsonNode findMatch(JsonNode report, String matchId) {
        return findIn(report.path("matches"), matchId);
    }

    static JsonNode findIn(JsonNode list, String matchId) {
        for (JsonNode node : list) {
            if (node.path("matchId").asText().equals(matchId)) {
                return node;
            }
        }
        throw new AssertionError("no " + matchId + " in " + list);
    }
}
