package example.mentoring.checkin;

import static example.mentoring.emulator.EventFixtures.as;
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
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.EventFixtures;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.fixtures.Seed;
import example.mentoring.paging.Page;
import example.mentoring.json.Json;
import example.mentoring.notification.NotificationStatus;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.email.CheckInInvitation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.scheduler.model.GetScheduleResponse;

@ExtendWith(Moto.class)
@DisplayName("Check-ins: coordinators schedule them, each active participant gets one personal link, results single nobody out")
class CheckInsHandlerIT {

    static final String COORDINATOR = "coordinator@example.org";
    static final LocalDate STARTED = LocalDate.parse("2027-03-20");
    /** The cohort's participants: dana mentors two pairs, so five people in three matches, plus jo and lee. */
    static final List<String> PARTICIPANTS = List.of("alex@example.net", "dana@example.net", "jo@example.net",
            "lee@example.org", "marlowe@example.org", "robin@example.org", "sam@example.org");

    MutableClock clock = new MutableClock(Instant.parse("2027-04-01T15:00:00Z"));
    CheckInsHandler handler;
    SendCheckInHandler sender;
    Map<String, String> environment;
    AwsClients aws;

    @BeforeEach
    void setUp(EmulatedStack stack) {
        environment = stack.environmentOf("CheckInsFunction");
        aws = new AwsClients(Environment.of(environment));
        handler = new CheckInsHandler(Environment.of(environment), clock);
        sender = new SendCheckInHandler(Environment.of(stack.environmentOf("SendCheckInFunction")), clock);
        Seed.cohort().matchedBy("run-1").addTo(aws);
        Seed.match(aws, "m00000000000000000000000a", "fall-2027", "dana@example.net", "marlowe@example.org", STARTED);
        Seed.match(aws, "m00000000000000000000000b", "fall-2027", "dana@example.net", "sam@example.org", STARTED);
        Seed.match(aws, "m00000000000000000000000c", "fall-2027", "alex@example.net", "robin@example.org", STARTED);
        Seed.match(aws, "m00000000000000000000000d", "fall-2027", "jo@example.net", "lee@example.org", STARTED);
        Seed.cohort().withId("spring-2028", "Spring 2028").matchedBy("run-2").addTo(aws);
        Seed.match(aws, "m00000000000000000000000e", "spring-2028", "pat@example.net", "kim@example.org", STARTED);
    }

    APIGatewayV2HTTPResponse call(APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(event, null);
    }

    static JsonNode body(APIGatewayV2HTTPResponse response) {
        return Json.parseBody(response.getBody());
    }

    static APIGatewayV2HTTPEvent create(String json) {
        APIGatewayV2HTTPEvent event = withBody(http("check-ins/create-check-in.json"), json);
        event.getHeaders().remove("idempotency-key");
        return event;
    }

    static String checkIn(String sendOn) {
        return """
                {"title": "Spring check-in", "sendOn": "%s", "questions": [
                  {"questionId": "going", "text": "How is it going?", "kind": "SCALE_1_5"},
                  {"questionId": "often", "text": "How often do you meet?", "kind": "CHOICE", "options": ["Weekly", "Monthly"]},
                  {"questionId": "helped", "text": "What helped most?", "kind": "TEXT"}]}""".formatted(sendOn);
    }

    String created(String sendOn) {
        APIGatewayV2HTTPResponse response = call(create(checkIn(sendOn)));
        assertEquals(201, response.getStatusCode(), response.getBody());
        return body(response).path("checkInId").asText();
    }

    /** What the check-in's schedule does when it fires. */
    int fire(String checkInId) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sender.handleRequest(new ByteArrayInputStream(Json.write(Map.of("checkInId", checkInId))
                .getBytes(StandardCharsets.UTF_8)), out, null);
        return Json.parseBody(out.toString(StandardCharsets.UTF_8)).path("recipients").asInt();
    }

    List<CheckInInvitation> invitations() {
        return new Notifications(aws).list(NotificationStatus.PENDING, Page.Request.first(100)).items().stream()
                .filter(n -> n.message() instanceof CheckInInvitation).map(n -> (CheckInInvitation) n.message()).toList();
    }

    List<String> invitedAddresses() {
        return new Notifications(aws).list(NotificationStatus.PENDING, Page.Request.first(100)).items().stream()
                .filter(n -> n.message() instanceof CheckInInvitation).map(n -> n.recipient()).sorted().toList();
    }

    /** Each participant's token, from the link in their email. */
    Map<String, String> tokens() {
        Map<String, String> tokens = new LinkedHashMap<>();
        new Notifications(aws).list(NotificationStatus.PENDING, Page.Request.first(100)).items().stream()
                .filter(n -> n.message() instanceof CheckInInvitation)
                .forEach(n -> {
                    String url = ((CheckInInvitation) n.message()).checkInUrl();
                    tokens.put(n.recipient(), url.substring(url.indexOf("?token=") + 7));
                });
        return tokens;
    }

    static APIGatewayV2HTTPEvent questionnaire(String checkInId, String token) {
        return withQuery(withPathParameter(http("check-ins/get-check-in.json"), "checkInId", checkInId),
                Map.of("token", token));
    }

    static APIGatewayV2HTTPEvent answer(String checkInId, String token, String answers) {
        return withBody(withQuery(withPathParameter(http("check-ins/answer-check-in.json"), "checkInId", checkInId),
                Map.of("token", token)), answers);
    }

    JsonNode results(String checkInId) {
        APIGatewayV2HTTPResponse response = call(withPathParameter(http("check-ins/check-in-results.json"), "checkInId", checkInId));
        assertEquals(200, response.getStatusCode(), response.getBody());
        return body(response);
    }

    @Test
    @DisplayName("a retried create with the same Idempotency-Key answers the first check-in and schedules nothing more")
    void idempotentCreate() {
        APIGatewayV2HTTPResponse first = call(http("check-ins/create-check-in.json"));
        APIGatewayV2HTTPResponse again = call(http("check-ins/create-check-in.json"));
        assertEquals(201, again.getStatusCode(), again.getBody());
        assertEquals(first.getBody(), again.getBody());
        assertEquals(1, body(call(http("check-ins/list-check-ins.json"))).path("items").size());
        assertEquals(1, aws.scheduler().listSchedules(r -> r.groupName(environment.get("SCHEDULE_GROUP_NAME"))
                .namePrefix("check-in-")).schedules().size());
    }

    @Test
    @DisplayName("a schedule that fires after the cohort completed sends nothing")
    void nothingAfterTheYear() throws IOException {
        String id = created("2028-03-14");
        clock.set(Instant.parse("2028-03-15T06:00:00Z"));
        assertEquals(0, fire(id));
        assertEquals(List.of(), invitedAddresses());
    }

    @Test
    @DisplayName("the sample event schedules the check-in at 9:00 in the program's time zone on its day")
    void schedulesAtNineLocal() {
        APIGatewayV2HTTPResponse response = call(http("check-ins/create-check-in.json"));
        assertEquals(201, response.getStatusCode(), response.getBody());
        JsonNode created = body(response);
        assertEquals("2027-04-05", created.path("sendOn").asText());
        assertEquals("2027-04-05T14:00:00Z", created.path("sendAt").asText(), "9:00 CDT");
        assertEquals(3, created.path("questions").size());
        assertEquals(List.of("Weekly", "Monthly", "Less often"), textList(created.path("questions").get(1).path("options")));
        assertTrue(created.path("questions").get(0).path("options").isMissingNode(), "only choices have options");

        GetScheduleResponse schedule = aws.scheduler().getSchedule(r -> r.groupName(environment.get("SCHEDULE_GROUP_NAME"))
                .name("check-in-" + created.path("checkInId").asText()));
        assertEquals("at(2027-04-05T09:00:00)", schedule.scheduleExpression());
        assertEquals("America/Chicago", schedule.scheduleExpressionTimezone());
        assertEquals(environment.get("SEND_CHECK_IN_FUNCTION_ARN"), schedule.target().arn());
        assertEquals(environment.get("SCHEDULER_ROLE_ARN"), schedule.target().roleArn());
        assertEquals(Json.write(Map.of("checkInId", created.path("checkInId").asText())), schedule.target().input());
    }

    static List<String> textList(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    @Test
    @DisplayName("a day whose 9:00 has passed goes out at once: the schedule is the next second")
    void pastDaySendsAtOnce() {
        String id = created("2027-04-01");
        GetScheduleResponse schedule = aws.scheduler().getSchedule(r -> r.groupName(environment.get("SCHEDULE_GROUP_NAME"))
                .name("check-in-" + id));
        assertEquals("at(2027-04-01T15:00:01)", schedule.scheduleExpression());
        assertEquals("UTC", schedule.scheduleExpressionTimezone());
    }

    @Test
    @DisplayName("each rule: title, date within the program, 1–20 questions with unique ids, known kinds, options only for choices")
    void validation() {
        assertEquals(List.of("/title", "/sendOn", "/questions"), badFields("{}"));
        assertEquals(List.of("/questions"), badFields("{\"title\": \"T\", \"sendOn\": \"2027-04-05\", \"questions\": []}"));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            many.append(i == 0 ? "" : ",").append("{\"questionId\": \"q").append(i).append("\", \"text\": \"Q?\", \"kind\": \"TEXT\"}");
        }
        assertEquals(List.of("/questions"), badFields("{\"title\": \"T\", \"sendOn\": \"2027-04-05\", \"questions\": [" + many + "]}"));
        assertEquals(List.of("/questions/0/mood", "/questions/1/questionId", "/questions/2/options", "/questions/3/options",
                "/questions/4/kind", "/questions/5/options/1"), badFields("""
                {"title": "T", "sendOn": "2027-04-05", "questions": [
                  {"questionId": "a", "text": "A?", "kind": "TEXT", "mood": "x"},
                  {"questionId": "a", "text": "B?", "kind": "TEXT"},
                  {"questionId": "c", "text": "C?", "kind": "CHOICE"},
                  {"questionId": "d", "text": "D?", "kind": "SCALE_1_5", "options": ["1"]},
                  {"questionId": "e", "text": "E?", "kind": "scale"},
                  {"questionId": "f", "text": "F?", "kind": "CHOICE", "options": ["Yes", "Yes"]}]}"""));
        assertEquals(List.of("/questions/0/questionId", "/questions/0/text"), badFields("""
                {"title": "T", "sendOn": "2027-04-05", "questions": [{"questionId": "has space", "text": "", "kind": "TEXT"}]}"""));
        assertEquals(List.of("/sendOn"), badFields(checkIn("2028-03-15")), "after the program's last day");
        assertEquals(201, call(create(checkIn("2028-03-14"))).getStatusCode(), "its last day");
    }

    List<String> badFields(String json) {
        APIGatewayV2HTTPResponse response = call(create(json));
        assertEquals(422, response.getStatusCode(), response.getBody());
        List<String> fields = new ArrayList<>();
        body(response).path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    @Test
    @DisplayName("only coordinators schedule and read check-ins: no token 401, a participant 403, another cohort's check-in 404")
    void coordinatorsOnly() {
        String id = created("2027-04-05");
        for (String sample : List.of("check-ins/create-check-in.json", "check-ins/list-check-ins.json")) {
            assertEquals(401, call(as(http(sample), null)).getStatusCode());
            assertEquals(403, call(as(http(sample), "dana@example.net")).getStatusCode());
        }
        APIGatewayV2HTTPEvent results = withPathParameter(http("check-ins/check-in-results.json"), "checkInId", id);
        assertEquals(403, call(as(results, "dana@example.net")).getStatusCode());
        assertEquals(404, call(withPathParameter(withPathParameter(http("check-ins/check-in-results.json"), "checkInId", id),
                "cohortId", "spring-2028")).getStatusCode(), "the check-in is not spring-2028's");
        assertEquals(404, call(withPathParameter(http("check-ins/create-check-in.json"), "cohortId", "winter-2030"))
                .getStatusCode());
    }

    @Test
    @DisplayName("fired by its schedule, a check-in reaches exactly the cohort's active participants, once each, even if it fires twice")
    void reachesEachParticipantOnce() throws IOException {
        String id = created("2027-04-05");
        assertEquals(7, fire(id));
        assertEquals(PARTICIPANTS, invitedAddresses(), "dana mentors two pairs and gets one email; spring-2028 gets none");
        assertEquals(7, fire(id), "the schedule fires again");
        assertEquals(PARTICIPANTS, invitedAddresses(), "nobody gets it twice");

        CheckInInvitation invitation = invitations().getFirst();
        assertEquals("Spring check-in", invitation.checkInTitle());
        assertEquals(3, invitation.questionCount());
        assertTrue(invitation.checkInUrl().startsWith("https://mentoring.example/app/check-ins/" + id + "?token="),
                invitation.checkInUrl());
        tokens().values().forEach(token -> assertFalse(token.contains("@") || token.contains("example"), token));

        JsonNode listed = body(call(http("check-ins/list-check-ins.json")));
        assertEquals(1, listed.path("items").size());
        assertEquals("SENT", listed.path("items").get(0).path("status").asText());
        assertEquals(7, listed.path("items").get(0).path("invited").asInt());
        assertEquals("<5", listed.path("items").get(0).path("responses").asText());
    }

    @Test
    @DisplayName("an unknown or malformed check-in in the schedule's event sends nothing and does not fail")
    void unknownCheckIn() throws IOException {
        assertEquals(0, fire("00000000000000000000000000"));
        assertEquals(0, fire("../etc"));
        assertEquals(List.of(), invitedAddresses());
        assertEquals(0, sampleFire());
    }

    int sampleFire() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sender.handleRequest(new ByteArrayInputStream(EventFixtures.json("send-check-in/check-in-schedule.json")
                .getBytes(StandardCharsets.UTF_8)), out, null);
        return Json.parseBody(out.toString(StandardCharsets.UTF_8)).path("recipients").asInt();
    }

    @Test
    @DisplayName("the link shows the questions and the holder's own answers; a second answer replaces the first")
    void answerAndChange() throws IOException {
        String id = created("2027-04-05");
        fire(id);
        String token = tokens().get("marlowe@example.org");

        JsonNode before = body(call(questionnaire(id, token)));
        assertEquals("Spring check-in", before.path("title").asText());
        assertEquals(3, before.path("questions").size());
        assertEquals(0, before.path("answers").size());
        assertTrue(before.path("open").asBoolean());

        APIGatewayV2HTTPResponse first = call(answer(id, token, "{\"answers\": {\"going\": 4, \"helped\": \"Mock interviews.\"}}"));
        assertEquals(201, first.getStatusCode(), first.getBody());
        APIGatewayV2HTTPResponse second = call(answer(id, token, "{\"answers\": {\"going\": 5, \"often\": \"Monthly\"}}"));
        assertEquals(201, second.getStatusCode(), second.getBody());

        JsonNode after = body(call(questionnaire(id, token)));
        assertEquals(Map.of("going", 5, "often", "Monthly"), Json.mapper().convertValue(after.path("answers"), Map.class));
        assertEquals(0, body(call(questionnaire(id, tokens().get("sam@example.org")))).path("answers").size(),
                "each holder sees their own answers only");
    }

    @Test
    @DisplayName("answers are checked against the questions, each bad one named")
    void answerValidation() throws IOException {
        String id = created("2027-04-05");
        fire(id);
        String token = tokens().get("marlowe@example.org");
        assertEquals(List.of("/answers/nope", "/answers/going", "/answers/often", "/answers/helped"), badAnswers(id, token,
                "{\"answers\": {\"going\": 6, \"often\": \"Never\", \"helped\": \"\", \"nope\": 1}}"));
        assertEquals(List.of("/answers/going"), badAnswers(id, token, "{\"answers\": {\"going\": \"4\"}}"));
        assertEquals(List.of("/answers"), badAnswers(id, token, "{\"answers\": {}}"));
        assertEquals(List.of("/answers"), badAnswers(id, token, "{}"));
        assertEquals(0, body(call(questionnaire(id, token))).path("answers").size(), "nothing stored");
    }

    List<String> badAnswers(String id, String token, String json) {
        APIGatewayV2HTTPResponse response = call(answer(id, token, json));
        assertEquals(422, response.getStatusCode(), response.getBody());
        List<String> fields = new ArrayList<>();
        body(response).path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    @Test
    @DisplayName("a link that is missing, changed, or made for another check-in opens nothing (404)")
    void linksOpenOnlyTheirCheckIn() throws IOException {
        String id = created("2027-04-05");
        String other = created("2027-05-05");
        fire(id);
        String token = tokens().get("marlowe@example.org");
        assertEquals(404, call(questionnaire(other, token)).getStatusCode());
        assertEquals(404, call(answer(other, token, "{\"answers\": {\"going\": 3}}")).getStatusCode());
        String changed = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertEquals(404, call(questionnaire(id, changed)).getStatusCode());
        assertEquals(404, call(questionnaire(id, "")).getStatusCode());
        assertEquals(404, call(answer(id, "", "{\"answers\": {\"going\": 3}}")).getStatusCode());
    }

    @Test
    @DisplayName("once the cohort completes, answers can be read but no longer changed (409)")
    void closedWhenCohortCompletes() throws IOException {
        String id = created("2027-04-05");
        fire(id);
        String token = tokens().get("marlowe@example.org");
        assertEquals(201, call(answer(id, token, "{\"answers\": {\"going\": 4}}")).getStatusCode());
        clock.set(Instant.parse("2028-03-15T06:00:00Z"));
        APIGatewayV2HTTPResponse refused = call(answer(id, token, "{\"answers\": {\"going\": 1}}"));
        assertEquals(409, refused.getStatusCode(), refused.getBody());
        assertEquals("https://mentoring.example/problems/check-in-closed", body(refused).path("type").asText());
        JsonNode read = body(call(questionnaire(id, token)));
        assertFalse(read.path("open").asBoolean());
        assertEquals(4, read.path("answers").path("going").asInt());
    }

    @Test
    @DisplayName("four respondents: every figure drawn from them is \"<5\"")
    void fourRespondentsSuppressed() throws IOException {
        String id = created("2027-04-05");
        fire(id);
        Map<String, String> tokens = tokens();
        for (String email : List.of("dana@example.net", "marlowe@example.org", "sam@example.org", "alex@example.net")) {
            assertEquals(201, call(answer(id, tokens.get(email),
                    "{\"answers\": {\"going\": 4, \"often\": \"Weekly\", \"helped\": \"Talking it through.\"}}")).getStatusCode());
        }
        JsonNode results = results(id);
        assertEquals(7, results.path("invited").asInt(), "who it was sent to is no respondent's figure");
        assertEquals("<5", results.path("responded").asText());
        assertEquals("<5", results.path("responseRate").asText());
        for (JsonNode question : results.path("questions")) {
            assertEquals("<5", question.path("respondents").asText(), question.toString());
            for (String figure : List.of("counts", "mean", "answers")) {
                assertTrue(question.path(figure).isMissingNode() || "<5".equals(question.path(figure).asText()),
                        figure + " of " + question);
            }
        }
        assertFalse(results.toString().contains("Talking it through."));
    }

    @Test
    @DisplayName("six respondents: counts per value and mean, choice counts, text answers without names or ids, shuffled")
    void sixRespondents() throws IOException {
        String id = created("2027-04-05");
        fire(id);
        Map<String, String> tokens = tokens();
        List<String> six = PARTICIPANTS.subList(0, 6);
        int[] scale = {5, 4, 4, 2, 5, 4};
        for (int i = 0; i < six.size(); i++) {
            String answers = i == 5 ? "{\"answers\": {\"going\": %d}}".formatted(scale[i])
                    : "{\"answers\": {\"going\": %d, \"often\": \"%s\", \"helped\": \"Answer %d from %s\"}}"
                            .formatted(scale[i], i % 2 == 0 ? "Weekly" : "Monthly", i, "someone");
            assertEquals(201, call(answer(id, tokens.get(six.get(i)), answers)).getStatusCode());
        }
        JsonNode results = results(id);
        assertEquals(6, results.path("responded").asInt());
        assertEquals(0.86, results.path("responseRate").asDouble(), 1e-9);
        JsonNode going = results.path("questions").get(0);
        assertEquals(6, going.path("respondents").asInt());
        assertEquals(Map.of("1", 0, "2", 1, "3", 0, "4", 3, "5", 2), Json.mapper().convertValue(going.path("counts"), Map.class));
        assertEquals(4.0, going.path("mean").asDouble(), 1e-9);
        JsonNode often = results.path("questions").get(1);
        assertEquals(5, often.path("respondents").asInt());
        assertEquals(Map.of("Weekly", 3, "Monthly", 2), Json.mapper().convertValue(often.path("counts"), Map.class));
        JsonNode helped = results.path("questions").get(2);
        assertEquals(5, helped.path("answers").size());
        helped.path("answers").forEach(a -> {
            assertTrue(a.isTextual(), "a bare answer, no object with a name beside it: " + a);
        });
        String text = results.toString();
        for (String email : PARTICIPANTS) {
            assertFalse(text.contains(email) || text.contains(Seed.nameOf(email)), "no name or address: " + email);
            assertFalse(text.contains(CheckInDelivery.respondentIdOf(id, email)), "no respondent id");
        }

        List<List<String>> orders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            orders.add(textList(results(id).path("questions").get(2).path("answers")));
        }
        assertTrue(orders.stream().distinct().count() > 1, "shuffled on every read, not stored order: " + orders);
        assertEquals(6, body(call(http("check-ins/list-check-ins.json"))).path("items").get(0).path("responses").asInt());
    }
}
