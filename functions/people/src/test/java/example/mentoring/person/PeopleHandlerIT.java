package example.mentoring.person;

import static example.mentoring.emulator.EventFixtures.as;
import static example.mentoring.emulator.EventFixtures.http;
import static example.mentoring.emulator.EventFixtures.withPathParameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.access.Principal;
import example.mentoring.application.ApplicationForm;
import example.mentoring.application.ApplicationIntake;
import example.mentoring.application.Applications;
import example.mentoring.audit.AuditTrail;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Setting;
import example.mentoring.aws.Transactions;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.Cohorts;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.EventFixtures;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.fixtures.Seed;
import example.mentoring.paging.Page;
import example.mentoring.json.Json;
import example.mentoring.match.Match;
import example.mentoring.match.Matches;
import example.mentoring.http.ApiRequest;
import example.mentoring.http.ApiResponse;
import example.mentoring.idempotency.Idempotency;
import example.mentoring.idempotency.StoredAnswers;
import example.mentoring.meeting.MeetingView;
import example.mentoring.match.MatchingRunner;
import example.mentoring.match.MatchingRuns;
import example.mentoring.match.RunRequest;
import example.mentoring.matchengine.MatchingEngine;
import example.mentoring.match.ParticipantAccounts;
import example.mentoring.meeting.MeetingForm;
import example.mentoring.meeting.MeetingLog;
import example.mentoring.meeting.Meetings;
import example.mentoring.notification.Suppressions;
import example.mentoring.post.Post;
import example.mentoring.post.Posts;
import example.mentoring.post.Subscriptions;
import example.mentoring.report.DemographicsReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(Moto.class)
@DisplayName("A person's data and its erasure, through the people function against Moto")
class PeopleHandlerIT {

    static final String DANA = "dana.whitfield@example.net";
    static final String MARLOWE = "marlowe@example.org";
    static final String MATCH = "m0123456789abcdef01234567";
    /** What may identify Dana: her address (any case), her name, her institution, her position. */
    static final List<String> DANA_TRACES = List.of("dana.whitfield", "dana whitfield", "riverside county", "children's services manager");

    MutableClock clock = new MutableClock(Instant.parse("2027-02-01T12:00:00Z"));
    PeopleHandler handler;
    AwsClients aws;
    String userPoolId;
    String runId;
    Function<ApiRequest, ApiResponse> keyedLog;
    AtomicInteger loggings = new AtomicInteger();

    @BeforeEach
    void setUp(EmulatedStack stack) {
        Environment environment = Environment.of(stack.environmentOf("PeopleFunction"));
        handler = new PeopleHandler(environment, clock);
        aws = new AwsClients(environment);
        userPoolId = environment.required(Setting.USER_POOL_ID);
        Seed.cohort().addTo(aws);
        ApplicationIntake intake = Seed.intake(aws, clock);
        CohortId cohort = new CohortId("fall-2027");
        String mentor = intake.submit(cohort, ApplicationForm.read(Json.parseBody(
                EventFixtures.http("submit-application/submit-mentor.json").getBody()))).applicationId();
        String mentee = intake.submit(cohort, ApplicationForm.read(Json.parseBody(
                EventFixtures.http("submit-application/submit-mentee.json").getBody()))).applicationId();
        new Transactions(aws).write(List.of(new Matches(aws).add(new Match(MATCH, "fall-2027", "run-1", mentor, mentee,
                "Dana Whitfield", DANA, "Marlowe Reyes", MARLOWE, 10, List.of("storytime"), LocalDate.parse("2027-03-15"),
                clock.instant()))));
        clock.set(Instant.parse("2027-04-02T12:00:00Z"));
        // a matching run of the closed cohort: its stored snapshot of the applications holds Dana's
        runId = new MatchingRunner(new Cohorts(aws), new Applications(aws), new MatchingRuns(aws), new Matches(aws),
                new MatchingEngine(), clock).run(cohort, RunRequest.of(Json.parseBody("{\"includeUnconfirmed\": true}"))).runId();
        MeetingLog log = new MeetingLog(new Matches(aws), new Meetings(aws), new Transactions(aws), clock);
        JsonNode meeting = Json.parseBody("""
                {"occurredOn": "2027-04-01", "durationMinutes": 45, "format": "VIDEO", "activities": ["conversation"],
                 "notes": "Dana shared her storytime plans"}""");
        // Dana's log, sent with an Idempotency-Key: the answer kept for its retries names her and holds her notes
        keyedLog = new Idempotency(aws, clock).wrap(request -> {
            loggings.incrementAndGet();
            return ApiResponse.created(MeetingView.of(log.log(MATCH, request.caller(), MeetingForm.read(meeting))));
        });
        assertEquals(201, keyedLog.apply(danasLog()).status());
        log.log(MATCH, new Principal(Optional.of(MARLOWE), true, false), MeetingForm.read(meeting));
        Subscriptions subscriptions = new Subscriptions(aws);
        subscriptions.unsubscribe(subscriptions.subscriberId(DANA), clock.instant());
        new Suppressions(aws).suppress(new Suppressions.Suppression(DANA, Suppressions.Reason.COMPLAINT, clock.instant(), "fb-1"));
        new ParticipantAccounts(aws).invite(List.of(DANA, MARLOWE));
        // Marlowe ends the match saying why (the coordinators' email and the match hold the reason), and a
        // check-in reached Dana, who answered it
        new example.mentoring.year.ProgramYear(new Matches(aws), new Meetings(aws), new Applications(aws), new Cohorts(aws),
                new example.mentoring.notification.Outbox(new example.mentoring.notification.Notifications(aws), clock),
                new Transactions(aws), new example.mentoring.access.CoordinatorDirectory(aws),
                new example.mentoring.year.ProgramYear.Settings("ALSC Mentoring Program", "https://mentoring.example"), clock)
                .end(MATCH, new Principal(Optional.of(MARLOWE), true, false),
                        example.mentoring.year.EndForm.read(Json.parseBody("{\"reason\": \"Dana Whitfield moved away.\"}")));
        aws.dynamoDb().putItem(r -> r.tableName(aws.environment().tableName(example.mentoring.aws.Table.CHECK_INS)).item(Map.of(
                "checkInId", AttributeValue.fromS("01CHECKIN"), "itemKey", AttributeValue.fromS("RESPONDENT#r1"),
                "respondentId", AttributeValue.fromS("r1"), "email", AttributeValue.fromS(DANA),
                "answers", AttributeValue.fromS("{\"going\": 5}"), "answeredAt", AttributeValue.fromN("1806000000000"))));
        new Transactions(aws).write(new Posts(aws).create(new Post("p01hzx0000000000000000000a", "my-first-year", Post.PostStatus.DRAFT,
                "My first year", "It went well.", "<p>It went well.</p>", "It went well.", "Dana Whitfield", DANA, List.of(),
                Optional.of("fall-2027"), clock.instant(), clock.instant(), Optional.empty(), Optional.empty(), Post.Review.NONE, 1)));
    }

    /** Dana's request logging the meeting, with its Idempotency-Key. */
    static ApiRequest danasLog() {
        APIGatewayV2HTTPEvent event = as(withPathParameter(http("log-meeting/log-meeting.json"), "matchId", MATCH), DANA);
        event.getHeaders().put("idempotency-key", "dana-log-1");
        return new ApiRequest(event);
    }

    APIGatewayV2HTTPResponse call(String fixture, String email) {
        APIGatewayV2HTTPEvent event = withPathParameter(http(fixture), "email", email);
        return handler.handleRequest(event, null);
    }

    JsonNode ok(APIGatewayV2HTTPResponse response) {
        assertEquals(200, response.getStatusCode(), response.getBody());
        return Json.parseBody(response.getBody());
    }

    @Test
    @DisplayName("the data: applications, matches, meetings logged, emails, newsletter record, suppression and posts of one address; the read is audited without the address")
    void data() {
        JsonNode held = ok(call("people/person-data.json", "Dana.Whitfield%40example.net"));
        assertEquals(DANA, held.path("email").asText());
        assertEquals("[\"fall-2027\"]", held.path("cohorts").toString());
        assertEquals(1, held.path("applications").size());
        assertEquals("WOMAN", held.path("applications").get(0).path("gender").asText(), "their own demographics");
        assertEquals(1, held.path("matches").size());
        assertEquals(1, held.path("meetingsLogged").size());
        assertTrue(held.path("emails").size() >= 1, "the acknowledgement: " + held.path("emails"));
        assertTrue(held.path("newsletter").has("optedOutAt"));
        assertEquals("COMPLAINT", held.path("suppression").path("reason").asText());
        assertEquals("My first year", held.path("posts").get(0).path("title").asText());
        assertEquals(5, held.path("checkIns").get(0).path("answers").path("going").asInt(), "her check-in answers");

        List<String> trail = new ArrayList<>();
        AuditTrail audit = new AuditTrail(aws);
        for (Optional<String> scope : List.of(Optional.<String>empty(), Optional.of("fall-2027"))) {
            audit.list(scope, Page.Request.first(10)).items().forEach(e -> trail.add(e.action() + " " + e.what() + " by " + e.actor()));
        }
        String subject = new PersonEmail(DANA).subject();
        assertEquals(List.of("READ /people/" + subject + "/data by coordinator@example.org",
                "READ /people/" + subject + "/data by coordinator@example.org"), trail);
        assertFalse(trail.toString().contains("dana"), "the trail never holds the address");
    }

    @Test
    @DisplayName("erasure leaves no trace of the address, name or institution in any table, deletes the account, keeps every count, and is idempotent")
    void erasure() {
        Counts before = counts();
        assertFalse(traces().isEmpty(), "the scan finds Dana before the erasure (the check has teeth)");
        assertFalse(runTraces().isEmpty(), "so does the run's");

        JsonNode erased = ok(call("people/erase-person.json", "dana.whitfield%40example.net")).path("erased");
        assertEquals(List.of("fall-2027"), List.of(erased.path("cohorts").get(0).asText()));
        assertEquals(List.of(1, 1, 1, 1, 1), List.of(erased.path("applications").asInt(), erased.path("matches").asInt(),
                erased.path("meetings").asInt(), erased.path("posts").asInt(), erased.path("checkIns").asInt()));
        assertTrue(erased.path("emailsDropped").asInt() >= 1, "her pending acknowledgement: " + erased);
        assertTrue(erased.path("newsletterRecord").asBoolean() && erased.path("suppression").asBoolean()
                && erased.path("account").asBoolean(), erased.toString());

        assertEquals(List.of(), traces(), "no table holds anything of Dana");
        assertEquals(1, erased.path("matchingRuns").asInt(), erased.toString());
        assertEquals(1, erased.path("storedAnswers").asInt(), erased.toString());
        ApiResponse retried = keyedLog.apply(danasLog());
        assertEquals(410, retried.status(), "her log's retry gets the erased answer: " + retried.body());
        assertEquals(StoredAnswers.ERASED.body(), retried.body());
        assertEquals(1, loggings.get(), "and is not logged again");
        assertEquals(List.of(), runTraces(), "nor the stored run's snapshot (gzipped: no scan sees into it)");
        assertEquals(2, new MatchingRuns(aws).get("fall-2027", runId).input().mentees().size()
                + new MatchingRuns(aws).get("fall-2027", runId).input().mentors().size(), "the run still reads, both in it");
        assertThrows(UserNotFoundException.class, () -> aws.cognito().adminGetUser(r -> r.userPoolId(userPoolId)
                .username("p-" + example.mentoring.text.Digests.sha256Hex(DANA, 16))));
        assertEquals(before, counts(), "the cohort's figures are the same");

        JsonNode again = ok(call("people/erase-person.json", DANA)).path("erased");
        assertEquals(0, again.path("cohorts").size());
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0), List.of(again.path("applications").asInt(), again.path("matches").asInt(),
                again.path("meetings").asInt(), again.path("posts").asInt(), again.path("matchingRuns").asInt(),
                again.path("storedAnswers").asInt(),
                again.path("emailsDropped").asInt(),
                again.path("emailsScrubbed").asInt(), again.path("account").asBoolean() ? 1 : 0));

        JsonNode marlowe = ok(call("people/person-data.json", MARLOWE));
        assertEquals("Marlowe Reyes", marlowe.path("applications").get(0).path("name").asText(), "the partner keeps her data");
        assertEquals("(erased)", marlowe.path("matches").get(0).path("mentor").path("name").asText());
        assertEquals(1, marlowe.path("meetingsLogged").size());
    }

    @Test
    @DisplayName("coordinators only (a participant 403, no token 401); a path that cannot be an address is 404; nothing is recorded for a refusal")
    void refusals() {
        assertEquals(403, handler.handleRequest(as(withPathParameter(http("people/erase-person.json"), "email", DANA), MARLOWE), null)
                .getStatusCode());
        assertEquals(401, handler.handleRequest(as(http("people/person-data.json"), null), null).getStatusCode());
        assertEquals(404, call("people/erase-person.json", "not-an-address%40").getStatusCode());
        assertEquals(0, new AuditTrail(aws).list(Optional.empty(), Page.Request.first(10)).items().size());
        assertEquals(1, new Applications(aws).ofEmail(DANA).size(), "nothing erased");
    }

    /** What the program counts: the cohort's applications, its matches, the pair's meetings and minutes, the demographics totals. */
    record Counts(Object cohort, int matches, int meetings, int minutes, Object mentees, Object mentors) {
    }

    Counts counts() {
        var cohort = new Cohorts(aws).find(new CohortId("fall-2027")).orElseThrow();
        var engagement = new Meetings(aws).engagement(MATCH);
        DemographicsReport report = DemographicsReport.of("fall-2027", false, new Applications(aws).all("fall-2027"), Set.of());
        JsonNode json = Json.mapper().valueToTree(report);
        return new Counts(cohort.counts(), new Matches(aws).allOfCohort("fall-2027").size(), engagement.meetings(),
                engagement.minutes(), json.path("roles").get(0).path("totals").toString(), json.path("roles").get(1).path("totals").toString());
    }

    /** What may identify Dana in the stored matching run, read as the functions read it. */
    List<String> runTraces() {
        String run = Json.write(new MatchingRuns(aws).get("fall-2027", runId)).toLowerCase(Locale.ROOT);
        return DANA_TRACES.stream().filter(run::contains).toList();
    }

    /** Every value in every table that holds something of Dana, as table: item. */
    List<String> traces() {
        List<String> found = new ArrayList<>();
        for (String table : aws.dynamoDb().listTables().tableNames()) {
            aws.dynamoDb().scanPaginator(r -> r.tableName(table)).items().forEach(item -> {
                String text = new TreeMap<>(item).toString().toLowerCase(Locale.ROOT);
                if (DANA_TRACES.stream().anyMatch(text::contains)) {
                    found.add(table + ": " + text);
                }
            });
        }
        return found;
    }
}
