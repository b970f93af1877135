package example.mentoring.match;

import static example.mentoring.emulator.EventFixtures.as;
import static example.mentoring.emulator.EventFixtures.http;
import static example.mentoring.emulator.EventFixtures.withBody;
import static example.mentoring.emulator.EventFixtures.withPathParameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import example.mentoring.application.ApplicationForm;
import example.mentoring.application.ApplicationIntake;
import example.mentoring.application.Applications;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Table;
import example.mentoring.aws.Transactions;
import example.mentoring.aws.Write;
import example.mentoring.outcome.TryAgain;
import example.mentoring.matchengine.Participant;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.Cohorts;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.EventFixtures;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.fixtures.Seed;
import example.mentoring.paging.Page;
import example.mentoring.json.Json;
import example.mentoring.matchengine.MatchingEngine;
import example.mentoring.notification.Notification;
import example.mentoring.notification.NotificationStatus;
import example.mentoring.notification.Notifications;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

@ExtendWith(Moto.class)
@DisplayName("Matching runs are records; confirming one makes matches and their emails, once")
class RunMatchingHandlerIT {

    static final Instant OPENS = Instant.parse("2027-01-15T06:00:00Z");
    static final Instant DEADLINE = Instant.parse("2027-02-25T05:59:59Z");
    static final CohortId COHORT = new CohortId("fall-2027");

    MutableClock clock = new MutableClock(OPENS.plus(Duration.ofDays(1)));
    RunMatchingHandler handler;
    AwsClients aws;
    Cohorts cohorts;
    ApplicationIntake intake;
    Notifications notifications;

    @BeforeEach
    void setUp(EmulatedStack stack) {
        Environment environment = Environment.of(stack.environmentOf("RunMatchingFunction"));
        aws = new AwsClients(environment);
        handler = new RunMatchingHandler(environment, clock);
        cohorts = new Cohorts(aws);
        notifications = new Notifications(aws);
        intake = Seed.intake(aws, clock);
        Seed.cohort().withDates(OPENS, DEADLINE).withDefaultCapacity(1).addTo(aws);
    }

    /** Applies {@code mentors} mentors (capacity 1) and {@code mentees} mentees with varied answers. */
    void seed(int mentors, int mentees) {
        Random random = new Random(7);
        List<String> interests = List.of("storytime", "stem", "leadership", "mock-interviews", "outreach", "research");
        List<String> regions = List.of("NORTHEAST", "MIDWEST", "SOUTH", "WEST");
        for (int i = 0; i < mentors + mentees; i++) {
            boolean mentor = i < mentors;
            ObjectNode form = (ObjectNode) Json.parseBody(EventFixtures.http(mentor
                    ? "submit-application/submit-mentor.json" : "submit-application/submit-mentee.json").getBody());
            form.put("name", (mentor ? "Mentor " : "Mentee ") + i);
            form.put("email", (mentor ? "mentor" : "mentee") + i + "@example.org");
            form.put("institution", "Library " + random.nextInt(5));
            form.put("region", regions.get(random.nextInt(regions.size())));
            form.putArray("interests").add(interests.get(random.nextInt(3))).add(interests.get(3 + random.nextInt(3)));
            if (mentor) {
                form.put("mentorCapacity", 1);
            }
            Seed.confirmEmail(aws, intake.submit(COHORT, ApplicationForm.read(form)), clock);
            clock.advance(Duration.ofSeconds(1));
        }
    }

    void close() {
        cohorts.recordClose(COHORT, clock.instant());
        clock.advance(Duration.ofMinutes(1));
    }

    APIGatewayV2HTTPResponse call(APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(event, null);
    }

    static JsonNode body(APIGatewayV2HTTPResponse response) {
        return Json.parseBody(response.getBody());
    }

    JsonNode createRun(String json) {
        APIGatewayV2HTTPResponse created = call(withBody(http("run-matching/create-run.json"), json));
        assertEquals(201, created.getStatusCode(), created.getBody());
        return body(created);
    }

    int matchCount() {
        return body(call(http("run-matching/cohort-matches.json"))).path("items").size();
    }

    APIGatewayV2HTTPResponse confirm(String runId) {
        return call(withPathParameter(http("run-matching/confirm-run.json"), "runId", runId));
    }

    @Test
    @DisplayName("a run on an open cohort is 409 cohort-not-closed; non-coordinators get 403")
    void onlyClosedCohorts() {
        seed(1, 1);
        APIGatewayV2HTTPResponse open = call(http("run-matching/create-run.json"));
        assertEquals(409, open.getStatusCode());
        assertEquals("https://mentoring.example/problems/cohort-not-closed", body(open).path("type").asText());
        assertEquals(403, call(as(http("run-matching/create-run.json"), "mentor0@example.org")).getStatusCode());
    }

    @Test
    @DisplayName("a run on a cohort closed by its deadline alone records the close first: a late submission (a skewed clock) is refused, never missed")
    void runRecordsTheCloseBeforeItsSnapshot() {
        seed(1, 1);
        clock.set(DEADLINE.plusSeconds(30));
        JsonNode run = createRun("{}");
        assertEquals(1, run.path("stats").path("mentees").asInt());
        assertTrue(cohorts.find(COHORT).orElseThrow().closedAt().isPresent(), "the run recorded the close");

        // A submission handled by a function whose clock lags behind: before the fix it was stored
        // after the run's snapshot and never matched nor wait-listed.
        MutableClock lagging = new MutableClock(DEADLINE.minusSeconds(5));
        ApplicationIntake late = Seed.intake(aws, lagging);
        ObjectNode form = (ObjectNode) Json.parseBody(EventFixtures.http("submit-application/submit-mentee.json").getBody());
        form.put("email", "late@example.org");
        var refused = example.mentoring.http.Problems.of(org.junit.jupiter.api.Assertions.assertThrows(
                example.mentoring.outcome.Refusal.class, () -> late.submit(COHORT, ApplicationForm.read(form))));
        assertEquals("cohort-not-open", refused.slug());
    }

    @Test
    @DisplayName("a run matches as many mentees as slots allow, explains each score, and can be read back whole")
    void runAndRead() {
        seed(3, 5);
        close();
        JsonNode run = createRun("{}");
        assertEquals("PROPOSED", run.path("status").asText());
        assertEquals(3, run.path("proposals").size());
        assertEquals(2, run.path("unmatched").size());
        JsonNode stats = run.path("stats");
        assertEquals(5, stats.path("mentees").asInt());
        assertEquals(3, stats.path("mentorSlots").asInt());
        assertEquals(3, stats.path("matched").asInt());
        assertEquals(2, stats.path("mentorSlotsNeeded").asInt());
        assertEquals(10, run.path("weights").path("sharedInterest").asInt());
        for (JsonNode proposal : run.path("proposals")) {
            int sum = 0;
            for (JsonNode reason : proposal.path("reasons")) {
                java.util.regex.Matcher points = java.util.regex.Pattern.compile("\\(\\+(\\d+)\\)").matcher(reason.asText());
                assertTrue(points.find(), reason.asText());
                sum += Integer.parseInt(points.group(1));
            }
            assertEquals(proposal.path("score").asInt(), sum, "reasons add up to the score");
        }
        JsonNode read = body(call(withPathParameter(http("run-matching/get-run.json"), "runId", run.path("runId").asText())));
        assertEquals(run, read);
        assertEquals(404, call(http("run-matching/get-run.json")).getStatusCode());
    }

    @Test
    @DisplayName("the same input gives the same proposals; weights and locked pairs change them as asked")
    void reproducibleAndSteerable() {
        seed(3, 5);
        close();
        JsonNode first = createRun("{}");
        JsonNode second = createRun("{}");
        assertEquals(first.path("proposals"), second.path("proposals"));
        assertEquals(first.path("unmatched"), second.path("unmatched"));

        String unmatchedMentee = first.path("unmatched").get(0).path("menteeApplicationId").asText();
        String someMentor = first.path("proposals").get(0).path("mentorApplicationId").asText();
        JsonNode locked = createRun("""
                {"weights": {"libraryType": 0}, "lockedPairs": [{"mentorApplicationId": "%s", "menteeApplicationId": "%s"}]}"""
                .formatted(someMentor, unmatchedMentee));
        assertEquals(0, locked.path("weights").path("libraryType").asInt());
        assertTrue(locked.path("proposals").findValuesAsText("menteeApplicationId").contains(unmatchedMentee));

        APIGatewayV2HTTPResponse bad = call(withBody(http("run-matching/create-run.json"), """
                {"weights": {"region": -1}, "lockedPairs": [{"mentorApplicationId": "nobody", "menteeApplicationId": "%s"}],
                 "colour": 1}""".formatted(unmatchedMentee)));
        assertEquals(422, bad.getStatusCode());
        assertEquals(List.of("/colour", "/weights/region", "/lockedPairs/0/mentorApplicationId"),
                body(bad).path("errors").findValuesAsText("field"));
    }

    /** Applies one mentee and one mentor who never confirm their address; answers their application ids. */
    List<String> seedUnconfirmed() {
        List<String> ids = new java.util.ArrayList<>();
        for (boolean mentor : List.of(false, true)) {
            ObjectNode form = (ObjectNode) Json.parseBody(EventFixtures.http(mentor
                    ? "submit-application/submit-mentor.json" : "submit-application/submit-mentee.json").getBody());
            form.put("email", (mentor ? "junk-mentor" : "junk-mentee") + "@example.com");
            form.put("institution", "Nowhere Library");
            if (mentor) {
                form.put("mentorCapacity", 1);
            }
            ids.add(intake.submit(COHORT, ApplicationForm.read(form)).applicationId());
            clock.advance(Duration.ofSeconds(1));
        }
        return ids;
    }

    @Test
    @DisplayName("a run leaves out applications whose email is not confirmed (mentees in unmatched, mentors in excluded), unless includeUnconfirmed")
    void unconfirmedLeftOut() {
        seed(3, 5);
        List<String> unconfirmed = seedUnconfirmed();
        String mentee = unconfirmed.get(0);
        String mentor = unconfirmed.get(1);
        close();

        JsonNode run = createRun("{}");
        assertFalse(run.path("includeUnconfirmed").asBoolean());
        assertEquals(5, run.path("stats").path("mentees").asInt());
        assertEquals(3, run.path("stats").path("mentors").asInt());
        assertFalse(run.path("proposals").findValuesAsText("menteeApplicationId").contains(mentee));
        assertFalse(run.path("proposals").findValuesAsText("mentorApplicationId").contains(mentor));
        JsonNode left = java.util.stream.StreamSupport.stream(run.path("unmatched").spliterator(), false)
                .filter(u -> u.path("menteeApplicationId").asText().equals(mentee)).findFirst().orElseThrow();
        assertEquals("email not confirmed", left.path("reason").asText());
        assertEquals(3, run.path("unmatched").size(), "the solver's two, and the unconfirmed mentee");
        assertEquals(Json.parseBody("[{\"mentorApplicationId\": \"" + mentor + "\", \"reason\": \"email not confirmed\"}]"),
                run.path("excluded"));
        assertEquals(run, body(call(withPathParameter(http("run-matching/get-run.json"), "runId", run.path("runId").asText()))));

        APIGatewayV2HTTPResponse locked = call(withBody(http("run-matching/create-run.json"), """
                {"lockedPairs": [{"mentorApplicationId": "%s", "menteeApplicationId": "%s"}]}""".formatted(mentor, mentee)));
        assertEquals(422, locked.getStatusCode());
        assertEquals(List.of("/lockedPairs/0/mentorApplicationId", "/lockedPairs/0/menteeApplicationId"),
                body(locked).path("errors").findValuesAsText("field"));

        JsonNode all = createRun("{\"includeUnconfirmed\": true}");
        assertTrue(all.path("includeUnconfirmed").asBoolean());
        assertEquals(6, all.path("stats").path("mentees").asInt());
        assertEquals(4, all.path("stats").path("mentors").asInt());
        assertEquals(0, all.path("excluded").size());
        assertFalse(all.path("unmatched").findValuesAsText("reason").contains("email not confirmed"));

        assertEquals(200, confirm(run.path("runId").asText()).getStatusCode());
        assertTrue(pending().stream().noneMatch(n -> n.recipient().startsWith("junk-") && !n.notificationId().startsWith("ack-")),
                "nothing but the acknowledgement goes to an unconfirmed address");
    }

    @Test
    @DisplayName("confirming writes matches and, in the outbox, two introductions per pair and a notice per unmatched mentee; again changes nothing")
    void confirm() {
        seed(3, 5);
        close();
        String runId = createRun("{}").path("runId").asText();
        APIGatewayV2HTTPResponse confirmed = confirm(runId);
        assertEquals(200, confirmed.getStatusCode(), confirmed.getBody());
        assertEquals("CONFIRMED", body(confirmed).path("status").asText());
        assertEquals("MATCHED", cohorts.find(COHORT).orElseThrow().statusAt(clock.instant()).name());

        JsonNode matches = body(call(http("run-matching/cohort-matches.json")));
        assertEquals(3, matches.path("items").size());
        List<Notification> outbox = pending();
        assertEquals(3 * 2 + 2 + 8, outbox.size(), "introductions, wait-list notices and the 8 acknowledgements");
        assertEquals(6, outbox.stream().filter(n -> n.kind().name().equals("MATCH_INTRODUCTION")).count());
        assertEquals(2, outbox.stream().filter(n -> n.kind().name().equals("WAIT_LIST_NOTICE")).count());

        assertEquals(200, confirm(runId).getStatusCode());
        assertEquals(outbox.size(), pending().size());
        assertEquals(3, body(call(http("run-matching/cohort-matches.json"))).path("items").size());
    }

    @Test
    @DisplayName("the cohort's matches as CSV (?format=csv): a BOM, a header row, one record per match, an attachment")
    void matchesAsCsv() throws java.io.IOException {
        seed(3, 5);
        close();
        assertEquals(200, confirm(createRun("{}").path("runId").asText()).getStatusCode());
        APIGatewayV2HTTPResponse response = call(example.mentoring.emulator.EventFixtures.withQuery(
                http("run-matching/cohort-matches.json"), java.util.Map.of("format", "csv")));
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("attachment; filename=\"" + COHORT + "-matches.csv\"", response.getHeaders().get("content-disposition"));
        assertTrue(response.getBody().startsWith("\uFEFF"));
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(response.getBody().substring(1),
                org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<org.apache.commons.csv.CSVRecord> rows = parser.getRecords();
            assertEquals(3, rows.size());
            JsonNode first = body(call(http("run-matching/cohort-matches.json"))).path("items");
            java.util.Set<String> ids = new java.util.HashSet<>(first.findValuesAsText("matchId"));
            assertEquals(ids, new java.util.HashSet<>(rows.stream().map(r -> r.get("matchId")).toList()));
            assertTrue(rows.stream().allMatch(r -> r.get("mentorEmail").contains("@") && !r.get("score").isEmpty()));
        }
        assertEquals(List.of("EXPORT /cohorts/" + COHORT + "/matches by coordinator@example.org"),
                new example.mentoring.audit.AuditTrail(aws).list(java.util.Optional.of(COHORT.value()), example.mentoring.paging.Page.Request.first(10))
                        .items().stream().map(e -> e.action() + " " + e.what() + " by " + e.actor()).toList(),
                "the export is in the audit trail; the JSON reads of matches (no demographics) are not");
    }

    @Test
    @DisplayName("a confirmation that runs out of request time answers 202 CONFIRMING with its progress; confirming again goes on from there to 200 CONFIRMED")
    void confirmingAnswers202AndAgainGoesOn(EmulatedStack stack) {
        seed(3, 4);
        close();
        String runId = createRun("{}").path("runId").asText();
        RunMatchingHandler outOfTime = new RunMatchingHandler(
                Environment.of(stack.environmentOf("RunMatchingFunction")), clock, Duration.ZERO);
        APIGatewayV2HTTPResponse accepted = outOfTime.handleRequest(
                withPathParameter(http("run-matching/confirm-run.json"), "runId", runId), null);
        assertEquals(202, accepted.getStatusCode(), accepted.getBody());
        assertEquals("/cohorts/" + COHORT + "/matching-runs/" + runId, accepted.getHeaders().get("location"));
        JsonNode confirming = body(accepted);
        assertEquals("CONFIRMING", confirming.path("status").asText());
        int steps = 3 + 1 + 6; // three pairs, one wait-list notice, six invitations
        assertEquals(Json.parseBody("{\"confirmed\": 0, \"of\": " + steps + "}"), confirming.path("progress"));
        assertEquals(0, matchCount(), "nothing written yet");
        assertEquals("CONFIRMING", body(call(withPathParameter(http("run-matching/get-run.json"), "runId", runId)))
                .path("status").asText(), "polling GET shows the same");

        APIGatewayV2HTTPResponse done = confirm(runId);
        assertEquals(200, done.getStatusCode(), done.getBody());
        assertEquals("CONFIRMED", body(done).path("status").asText());
        assertEquals(Json.parseBody("{\"confirmed\": " + steps + ", \"of\": " + steps + "}"), body(done).path("progress"));
        assertEquals(3, matchCount());
    }

    @Test
    @DisplayName("an address the form took (o'brien+fall@example.org) gets its introduction: the confirmation completes")
    void formAddressesConfirm() {
        seed(1, 0);
        ObjectNode form = (ObjectNode) Json.parseBody(EventFixtures.http("submit-application/submit-mentee.json").getBody());
        form.put("email", "o'brien+fall@example.org").put("institution", "Elsewhere Library");
        Seed.confirmEmail(aws, intake.submit(COHORT, ApplicationForm.read(form)), clock);
        close();
        String runId = createRun("{}").path("runId").asText();
        APIGatewayV2HTTPResponse confirmed = confirm(runId);
        assertEquals(200, confirmed.getStatusCode(), confirmed.getBody());
        assertEquals(1, pending().stream().filter(n -> n.kind().name().equals("MATCH_INTRODUCTION")
                && n.recipient().equals("o'brien+fall@example.org")).count());
    }

    @Test
    @DisplayName("a confirmation that cannot be built (an application gone since the run) is 409 run-outdated and leaves the cohort CLOSED for a new run")
    void failedConfirmationLeavesTheCohortOpenToANewRun() {
        seed(2, 2);
        close();
        JsonNode run = createRun("{}");
        String gone = run.path("proposals").get(0).path("menteeApplicationId").asText();
        aws.dynamoDb().deleteItem(r -> r.tableName(aws.environment().tableName(example.mentoring.aws.Table.APPLICATIONS))
                .key(java.util.Map.of("cohortId", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(COHORT.value()),
                        "itemKey", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("APP#" + gone))));

        APIGatewayV2HTTPResponse refused = confirm(run.path("runId").asText());
        assertEquals(409, refused.getStatusCode(), refused.getBody());
        assertEquals("https://mentoring.example/problems/run-outdated", body(refused).path("type").asText());
        assertEquals("CLOSED", cohorts.find(COHORT).orElseThrow().statusAt(clock.instant()).name());
        assertEquals(0, body(call(http("run-matching/cohort-matches.json"))).path("items").size());
        String again = createRun("{}").path("runId").asText();
        assertEquals(200, confirm(again).getStatusCode());
    }

    @Test
    @DisplayName("a person erased since the run: confirming it is 409 run-outdated, and a new run leaves them out and emails no pseudonym")
    void erasedSinceTheRun() {
        seed(2, 2);
        close();
        JsonNode run = createRun("{}");
        String erasedId = run.path("proposals").get(0).path("menteeApplicationId").asText();
        Applications applications = new Applications(aws);
        new Transactions(aws).write(applications.erase(applications.find(COHORT.value(), erasedId).orElseThrow(),
                "erased-0123456789abcdef0123@erased.invalid", clock.instant()));

        APIGatewayV2HTTPResponse refused = confirm(run.path("runId").asText());
        assertEquals(409, refused.getStatusCode(), refused.getBody());
        assertEquals("https://mentoring.example/problems/run-outdated", body(refused).path("type").asText());
        JsonNode again = createRun("{}");
        assertFalse(again.toString().contains(erasedId), "no longer an applicant: " + again);
        assertEquals(200, confirm(again.path("runId").asText()).getStatusCode());
        assertTrue(pending().stream().noneMatch(n -> n.recipient().endsWith("@erased.invalid")), "nobody emails a pseudonym");
    }

    @Test
    @DisplayName("confirming invites every matched participant into the user pool, email verified; again invites nobody twice")
    void invitations(EmulatedStack stack) {
        seed(3, 5);
        close();
        String runId = createRun("{}").path("runId").asText();
        assertEquals(200, confirm(runId).getStatusCode());
        String pool = stack.environmentOf("RunMatchingFunction").get("USER_POOL_ID");
        Map<String, Map<String, String>> users = users(pool);
        JsonNode matches = body(call(http("run-matching/cohort-matches.json")));
        Set<String> matched = new HashSet<>();
        matches.path("items").forEach(m -> {
            matched.add(m.path("mentor").path("email").asText());
            matched.add(m.path("mentee").path("email").asText());
        });
        assertEquals(6, matched.size());
        assertEquals(matched, users.keySet(), "the matched, and only they: the wait-listed get no account");
        users.values().forEach(attributes -> assertEquals("true", attributes.get("email_verified")));
        String someone = matched.iterator().next();
        AdminGetUserResponse user = aws.cognito().adminGetUser(r -> r.userPoolId(pool).username(ParticipantAccounts.usernameOf(someone)));
        assertEquals(UserStatusType.FORCE_CHANGE_PASSWORD, user.userStatus(), "invited: a temporary password to change");

        assertEquals(200, confirm(runId).getStatusCode());
        assertEquals(users, users(pool), "a repeated confirmation creates no one twice");
    }

    @Test
    @DisplayName("a participant already in the pool (matched before) is kept, not an error")
    void alreadyInvited(EmulatedStack stack) {
        seed(1, 1);
        close();
        String pool = stack.environmentOf("RunMatchingFunction").get("USER_POOL_ID");
        new ParticipantAccounts(aws).invite(List.of("mentor0@example.org"));
        assertEquals(200, confirm(createRun("{}").path("runId").asText()).getStatusCode());
        assertEquals(Set.of("mentor0@example.org", "mentee1@example.org"), users(pool).keySet());
    }

    /** Every user of the pool: email to attributes. */
    Map<String, Map<String, String>> users(String pool) {
        Map<String, Map<String, String>> users = new HashMap<>();
        aws.cognito().listUsersPaginator(r -> r.userPoolId(pool)).users().forEach(u -> {
            Map<String, String> attributes = new HashMap<>();
            u.attributes().forEach(a -> attributes.put(a.name(), a.value()));
            assertTrue(users.put(attributes.get("email"), attributes) == null, "one user per email");
        });
        return users;
    }

    @Test
    @DisplayName("once a run is confirmed, confirming another is 409 already-matched")
    void anotherRun() {
        seed(2, 3);
        close();
        String first = createRun("{}").path("runId").asText();
        String second = createRun("{}").path("runId").asText();
        assertEquals(200, confirm(first).getStatusCode());
        APIGatewayV2HTTPResponse refused = confirm(second);
        assertEquals(409, refused.getStatusCode());
        assertEquals("https://mentoring.example/problems/already-matched", body(refused).path("type").asText());
        assertEquals(409, call(http("run-matching/create-run.json")).getStatusCode(), "a matched cohort is not CLOSED");
    }

    @Test
    @DisplayName("participants see their own matches with their partner; others see none")
    void myMatches() {
        seed(2, 2);
        close();
        confirm(createRun("{}").path("runId").asText());
        JsonNode mine = body(call(as(http("run-matching/my-matches.json"), "MENTEE0@example.org".replace("MENTEE0", "mentee2"))));
        assertEquals(1, mine.path("items").size());
        assertEquals("MENTEE", mine.path("items").get(0).path("role").asText());
        assertTrue(mine.path("items").get(0).path("partner").path("email").asText().startsWith("mentor"));
        assertEquals(0, body(call(as(http("run-matching/my-matches.json"), "stranger@example.org"))).path("items").size());
        assertEquals(401, call(as(http("run-matching/my-matches.json"), null)).getStatusCode());

        APIGatewayV2HTTPEvent unverified = as(http("run-matching/my-matches.json"), "mentee2@example.org");
        unverified.getRequestContext().getAuthorizer().getJwt().getClaims().put("email_verified", "false");
        assertEquals(0, body(call(unverified)).path("items").size(), "an unverified email is a stranger's");
    }

    @Test
    @DisplayName("a large run spread over many stored chunks reads back identical")
    void chunkedRuns() {
        MatchingRuns smallChunks = new MatchingRuns(aws, 512);
        seed(4, 6);
        close();
        MatchingRunner runner = new MatchingRunner(cohorts, new Applications(aws), smallChunks, new Matches(aws), new MatchingEngine(), clock);
        MatchingRun run = runner.run(COHORT, RunRequest.of(Json.parseBody("{}")));
        MatchingRun read = smallChunks.find(COHORT.value(), run.runId()).orElseThrow();
        assertEquals(Json.write(run), Json.write(read));
        assertEquals(run.result(), runner.solve(read.input()), "re-solving the stored input reproduces the result");
    }

    @Test
    @DisplayName("an erasure rewrites a stored run in one transaction: the person's snapshot erased, the rest as it was,"
            + " no chunk of the old body left; a rewrite prepared from an older revision is refused; mixed chunks never decode")
    void erasedRuns() {
        MatchingRuns tinyChunks = new MatchingRuns(aws, 64);
        seed(4, 6);
        close();
        MatchingRunner runner = new MatchingRunner(cohorts, new Applications(aws), tinyChunks, new Matches(aws), new MatchingEngine(), clock);
        MatchingRun proposed = runner.run(COHORT, RunRequest.of(Json.parseBody("{\"includeUnconfirmed\": true}")));
        // the mentors' institutions made long and incompressible, so that erasing them surely shrinks the body
        Random random = new Random(7);
        List<Participant> padded = proposed.input().mentors().stream().map(m -> new Participant(m.applicationId(), m.email(),
                random.ints(200, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString(), m.libraryType(), m.region(), m.yearsExperience(), m.interests(), m.gender(), m.raceEthnicity(),
                m.preferences(), m.capacity(), m.priority())).toList();
        MatchingRun run = new MatchingRun(proposed.runId(), proposed.cohortId(), proposed.status(), proposed.createdAt(),
                new MatchingRun.Input(padded, proposed.input().mentees(), proposed.input().weights(), proposed.input().lockedPairs(),
                        proposed.input().excludedPairs()), proposed.result(), true, proposed.leftOut(), proposed.progress(),
                proposed.scope(), proposed.basis());
        tinyChunks.save(run);
        List<Participant> mentees = run.input().mentees();
        Set<String> erasedIds = Set.of(mentees.get(0).applicationId(), mentees.get(1).applicationId(), mentees.get(2).applicationId());
        Transactions transactions = new Transactions(aws);

        transactions.write(tinyChunks.erase(COHORT.value(), run.runId(), erasedIds, "erased-1@erased.invalid"));

        MatchingRun read = tinyChunks.get(COHORT.value(), run.runId());
        for (Participant mentee : read.input().mentees()) {
            if (erasedIds.contains(mentee.applicationId())) {
                assertEquals(List.of("erased-1@erased.invalid", "(erased)"), List.of(mentee.email(), mentee.institution()));
                assertEquals(null, mentee.gender());
                assertEquals(List.of(), mentee.raceEthnicity());
            }
        }
        String stored = Json.write(read);
        mentees.stream().filter(m -> erasedIds.contains(m.applicationId()))
                .forEach(m -> assertFalse(stored.contains(m.email()), m.email() + " is gone"));
        assertEquals(run.input().mentors(), read.input().mentors(), "everyone else as they were");
        assertEquals(run.input().mentees().subList(3, mentees.size()), read.input().mentees().subList(3, mentees.size()));
        assertEquals(Json.write(run.result()), Json.write(read.result()), "the proposals stay");
        assertEquals(List.of(), tinyChunks.erase(COHORT.value(), run.runId(), erasedIds, "erased-2@erased.invalid"),
                "erased once: nothing more to write");
        assertStored(run.runId(), 1);

        // the mentors: the body shrinks, and the chunks it no longer needs go in the same transaction
        Set<String> mentors = new HashSet<>(run.input().mentors().stream().map(Participant::applicationId).toList());
        int chunksNow = chunkItems(run.runId()).size();
        transactions.write(tinyChunks.erase(COHORT.value(), run.runId(), mentors, "e@erased.invalid"));
        assertTrue(chunkItems(run.runId()).size() < chunksNow, chunkItems(run.runId()).size() + " of " + chunksNow);
        assertStored(run.runId(), 2);

        // two erasures prepared from the same revision: the second is refused, and asking again finishes it
        List<Write> first = tinyChunks.erase(COHORT.value(), run.runId(), Set.of(mentees.get(3).applicationId()), "erased-3@erased.invalid");
        List<Write> second = tinyChunks.erase(COHORT.value(), run.runId(), Set.of(mentees.get(4).applicationId()), "erased-4@erased.invalid");
        transactions.write(first);
        assertEquals(503, example.mentoring.http.Problems.of(assertThrows(TryAgain.class, () -> transactions.write(second))).status());
        transactions.write(tinyChunks.erase(COHORT.value(), run.runId(), Set.of(mentees.get(4).applicationId()), "erased-4@erased.invalid"));
        List<String> emails = tinyChunks.get(COHORT.value(), run.runId()).input().mentees().stream().map(Participant::email).toList();
        assertTrue(emails.contains("erased-3@erased.invalid") && emails.contains("erased-4@erased.invalid"), emails.toString());

        // a chunk of another revision than its header's (a rewrite between a reader's reads) is never decoded as a mix
        Map<String, AttributeValue> stray = new HashMap<>(chunkItems(run.runId()).get(0));
        stray.put("revision", AttributeValue.fromN("9"));
        aws.dynamoDb().putItem(r -> r.tableName(aws.environment().tableName(Table.MATCHING_RUNS)).item(stray));
        assertThrows(IllegalStateException.class, () -> tinyChunks.get(COHORT.value(), run.runId()));
    }

    /** The header counts exactly the chunk items stored, each of the header's revision. */
    void assertStored(String runId, int revision) {
        Map<String, AttributeValue> header = aws.dynamoDb().getItem(r -> r.tableName(aws.environment().tableName(Table.MATCHING_RUNS))
                .key(Map.of("cohortId", AttributeValue.fromS(COHORT.value()), "runId", AttributeValue.fromS(runId)))).item();
        assertEquals(Integer.toString(revision), header.get("revision").n());
        List<Map<String, AttributeValue>> chunks = chunkItems(runId);
        assertEquals(header.get("chunks").n(), Integer.toString(chunks.size()), "no chunk beyond the header's count");
        chunks.forEach(chunk -> assertEquals(Integer.toString(revision), chunk.get("revision").n()));
    }

    /** The run's stored chunk items, in order. */
    List<Map<String, AttributeValue>> chunkItems(String runId) {
        return aws.dynamoDb().query(r -> r.tableName(aws.environment().tableName(Table.MATCHING_RUNS)).consistentRead(true)
                .keyConditionExpression("cohortId = :cohort AND begins_with(runId, :chunks)")
                .expressionAttributeValues(Map.of(":cohort", AttributeValue.fromS(COHORT.value()),
                        ":chunks", AttributeValue.fromS(runId + "#")))).items();
    }

    List<Notification> pending() {
        return Page.all(page -> notifications.list(NotificationStatus.PENDING, page));
    }
}
