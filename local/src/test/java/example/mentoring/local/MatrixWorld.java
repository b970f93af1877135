package example.mentoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import example.mentoring.emulator.EventFixtures;
import example.mentoring.json.Json;
import example.mentoring.local.ApiOperations.Operation;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The world the authorization matrix runs in, built over HTTP as its people would build it: a
 * cohort with two pairs confirmed, the participant's two draft posts, a published post, the
 * outbox's entries; and a token for every kind of caller.
 */
final class MatrixWorld {

    static final String COHORT = "matrix";
    static final String COORDINATOR = "coordinator@matrix.example";
    static final String PARTICIPANT = "pat@matrix.example";
    static final String PARTICIPANT_NAME = "Pat Lee";
    static final String OTHER_PARTICIPANT = "quinn@matrix.example";
    static final String STRANGER = "stranger@matrix.example";

    /** How one operation is called in this world, and what an allowed caller gets. */
    record Call(String path, String body, String coordinatorBody, int allowedStatus,
                BiConsumer<MatrixCaller, HttpResponse<String>> allowedCheck) {

        Call(String path, String body, int allowedStatus, BiConsumer<MatrixCaller, HttpResponse<String>> allowedCheck) {
            this(path, body, body, allowedStatus, allowedCheck);
        }

        /** The body this caller sends: a coordinator signs posts; a participant's byline is their application's. */
        String body(MatrixCaller caller) {
            return caller == MatrixCaller.COORDINATOR ? coordinatorBody : body;
        }
    }

    private final Map<MatrixCaller, String> tokens = new EnumMap<>(MatrixCaller.class);
    private String applicationId;
    private String runId;
    private String matchId;
    private String draftToEdit;
    private String draftToPublish;
    private String draftToSubmit;
    private String draftInReview;
    private String publishedSlug;
    private String notificationId;
    private String checkInId;

    static MatrixWorld build(LocalApi api) throws Exception {
        MatrixWorld world = new MatrixWorld();
        world.mintTokens(api);
        world.populate(api);
        return world;
    }

    String token(MatrixCaller caller) {
        return tokens.get(caller);
    }

    private void mintTokens(LocalApi api) throws Exception {
        tokens.put(MatrixCaller.ANONYMOUS, null);
        tokens.put(MatrixCaller.FORGED, forged());
        tokens.put(MatrixCaller.EXPIRED, new LocalTokens(Clock.offset(Clock.systemUTC(), Duration.ofDays(-2)))
                .issue(COORDINATOR, true, List.of("coordinators")));
        HttpResponse<String> unverified = api.send("POST", "/_local/tokens", null,
                Json.write(Map.of("email", PARTICIPANT, "groups", List.of(), "emailVerified", false)));
        assertEquals(200, unverified.statusCode(), unverified.body());
        tokens.put(MatrixCaller.UNVERIFIED, Json.parseBody(unverified.body()).path("token").asText());
        tokens.put(MatrixCaller.STRANGER, api.token(STRANGER));
        tokens.put(MatrixCaller.OTHER_PARTICIPANT, api.token(OTHER_PARTICIPANT));
        tokens.put(MatrixCaller.PARTICIPANT, api.token(PARTICIPANT));
        tokens.put(MatrixCaller.COORDINATOR, api.token(COORDINATOR, "coordinators"));
        tokens.put(MatrixCaller.LOOKALIKE, api.token(STRANGER, "coordinators,alumni", "alumni"));
    }

    /** A coordinator's claims, well formed, signed with a key the local host does not hold. */
    private static String forged() throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(LocalTokens.ISSUER).audience(LocalTokens.AUDIENCE).subject("forger")
                .claim("email", COORDINATOR).claim("email_verified", true)
                .claim("cognito:groups", List.of("coordinators")).claim("token_use", "id")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner("an-attackers-own-signing-key-of-enough-length!".getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private void populate(LocalApi api) throws Exception {
        String coordinator = token(MatrixCaller.COORDINATOR);
        expect(201, api.send("POST", "/cohorts", coordinator, """
                {"cohortId": "%s", "name": "Matrix", "opensAt": "2026-01-01T00:00:00Z",
                 "applicationDeadline": "%s", "programStart": "2031-01-01", "programEnd": "2031-12-31"}"""
                .formatted(COHORT, Instant.now().plus(Duration.ofDays(30)))));
        apply(api, "MENTOR", "Morgan Diaz", "morgan@matrix.example", "North Library");
        apply(api, "MENTOR", "Robin Ash", "robin@matrix.example", "South Library");
        apply(api, "MENTEE", PARTICIPANT_NAME, PARTICIPANT, "East Library");
        apply(api, "MENTEE", "Quinn Fox", OTHER_PARTICIPANT, "West Library");
        applicationId = Json.parseBody(expect(200, api.send("GET", "/cohorts/" + COHORT + "/applications", coordinator, null)))
                .path("items").get(0).path("applicationId").asText();
        expect(200, api.send("POST", "/cohorts/" + COHORT + "/close", coordinator, null));
        JsonNode run = Json.parseBody(expect(201, api.send("POST", "/cohorts/" + COHORT + "/matching-runs", coordinator,
                "{\"includeUnconfirmed\": true}")));
        assertEquals(2, run.path("stats").path("matched").asInt(), run.toString());
        runId = run.path("runId").asText();
        expect(200, api.send("POST", "/cohorts/" + COHORT + "/matching-runs/" + runId + "/confirm", coordinator, null));
        matchId = Json.parseBody(expect(200, api.send("GET", "/me/matches", token(MatrixCaller.PARTICIPANT), null)))
                .path("items").get(0).path("matchId").asText();

        draftToEdit = postId(expect(201, api.send("POST", "/posts", token(MatrixCaller.PARTICIPANT), post("Our first month"))));
        draftToPublish = postId(expect(201, api.send("POST", "/posts", token(MatrixCaller.PARTICIPANT), post("Reading lists"))));
        draftToSubmit = postId(expect(201, api.send("POST", "/posts", token(MatrixCaller.PARTICIPANT), post("Mock interviews"))));
        draftInReview = postId(expect(201, api.send("POST", "/posts", token(MatrixCaller.PARTICIPANT), post("Storytimes"))));
        expect(200, api.send("POST", "/posts/" + draftInReview + "/submit", token(MatrixCaller.PARTICIPANT), null));
        String news = postId(expect(201, api.send("POST", "/posts", coordinator, post("Matrix news"))));
        publishedSlug = Json.parseBody(expect(200, api.send("POST", "/posts/" + news + "/publish", coordinator, null)))
                .path("slug").asText();

        checkInId = Json.parseBody(expect(201, api.send("POST", "/cohorts/" + COHORT + "/check-ins", coordinator,
                CHECK_IN))).path("checkInId").asText();

        api.settle();
        JsonNode sent = Json.parseBody(expect(200, api.send("GET", "/notifications?status=SENT", coordinator, null)));
        notificationId = sent.path("items").get(0).path("notificationId").asText();
    }

    /** A check-in for the program year's middle: scheduled, not sent while the matrix runs. */
    static final String CHECK_IN = """
            {"title": "Matrix check-in", "sendOn": "2031-06-02",
             "questions": [{"questionId": "going", "text": "How is it going?", "kind": "SCALE_1_5"}]}""";

    private static String post(String title) {
        return Json.write(Map.of("title", title, "bodyMarkdown", "A few words about " + title + ".",
                "authorName", PARTICIPANT_NAME));
    }

    private static String postId(String body) {
        return Json.parseBody(body).path("postId").asText();
    }

    private static void apply(LocalApi api, String role, String name, String email, String institution) throws Exception {
        ObjectNode form = (ObjectNode) Json.parseBody(EventFixtures.http(role.equals("MENTOR")
                ? "submit-application/submit-mentor.json" : "submit-application/submit-mentee.json").getBody());
        form.put("name", name).put("email", email).put("institution", institution);
        if (role.equals("MENTOR")) {
            form.put("mentorCapacity", 1);
        }
        expect(201, api.send("POST", "/cohorts/" + COHORT + "/applications", null, Json.write(form)));
    }

    private static String expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.uri() + ": " + response.body());
        return response.body();
    }

    private static final BiConsumer<MatrixCaller, HttpResponse<String>> NOTHING_MORE = (caller, response) -> { };

    /** How each operation of openapi.yaml is called here; an operation not listed fails the matrix. */
    Call callFor(Operation operation) {
        String c = "/cohorts/" + COHORT;
        Call call = switch (operation.operationId()) {
            case "createCohort" -> new Call("/cohorts", """
                    {"cohortId": "matrix-next", "name": "Matrix Next", "opensAt": "2027-01-01T00:00:00Z",
                     "applicationDeadline": "2027-02-01T00:00:00Z", "programStart": "2031-01-01", "programEnd": "2031-12-31"}""",
                    201, NOTHING_MORE);
            case "listCohorts" -> new Call("/cohorts", null, 200, NOTHING_MORE);
            case "getCohort" -> new Call(c, null, 200, NOTHING_MORE);
            case "closeCohort" -> new Call(c + "/close", null, 200, NOTHING_MORE);
            case "getCohortSummary" -> new Call(c + "/summary", null, 200, NOTHING_MORE);
            case "getCohortDemographics" -> new Call(c + "/demographics", null, 200, NOTHING_MORE);
            // The cohort is matched: the form is closed, for everyone alike.
            case "submitApplication" -> new Call(c + "/applications",
                    EventFixtures.http("submit-application/submit-mentee.json").getBody(), 409, NOTHING_MORE);
            case "listApplications" -> new Call(c + "/applications", null, 200, NOTHING_MORE);
            case "getApplication" -> new Call(c + "/applications/" + applicationId, null, 200, NOTHING_MORE);
            // Allowed, but a matched cohort takes no new full run.
            case "createMatchingRun" -> new Call(c + "/matching-runs", "{}", 409, NOTHING_MORE);
            case "getMatchingRun" -> new Call(c + "/matching-runs/" + runId, null, 200, NOTHING_MORE);
            case "confirmMatchingRun" -> new Call(c + "/matching-runs/" + runId + "/confirm", null, 200, NOTHING_MORE);
            case "listCohortMatches" -> new Call(c + "/matches", null, 200, NOTHING_MORE);
            case "listMyMatches" -> new Call("/me/matches", null, 200, (caller, response) -> {
                int own = caller == MatrixCaller.PARTICIPANT || caller == MatrixCaller.OTHER_PARTICIPANT ? 1 : 0;
                assertEquals(own, Json.parseBody(response.body()).path("items").size(),
                        caller.label() + " sees only their own matches: " + response.body());
            });
            case "logMeeting" -> new Call("/matches/" + matchId + "/meetings",
                    "{\"occurredOn\": \"" + LocalDate.now(ZoneOffset.UTC)
                            + "\", \"durationMinutes\": 30, \"format\": \"PHONE\", \"activities\": [\"conversation\"]}",
                    201, NOTHING_MORE);
            case "listMeetings" -> new Call("/matches/" + matchId + "/meetings", null, 200, NOTHING_MORE);
            case "getEngagement" -> new Call(c + "/engagement", null, 200, NOTHING_MORE);
            case "getMatch" -> new Call("/matches/" + matchId, null, 200, NOTHING_MORE);
            case "setGoals" -> new Call("/matches/" + matchId + "/goals", """
                    {"goals": [{"text": "Run a storytime", "competency": "PROGRAMMING_SKILLS", "status": "OPEN"}]}""",
                    200, NOTHING_MORE);
            // The last of the match's operations (openapi.yaml's order): the participant ends it, the coordinator's end is a no-op.
            case "endMatch" -> new Call("/matches/" + matchId + "/end", "{\"reason\": \"Schedules no longer overlap.\"}",
                    200, (caller, response) -> assertEquals("ENDED", Json.parseBody(response.body()).path("status").asText()));
            case "createPost" -> new Call("/posts", Json.write(Map.of("title", "Notes", "bodyMarkdown", "Notes.")),
                    post("Notes"), 201, NOTHING_MORE);
            case "listPosts" -> new Call("/posts", null, 200, NOTHING_MORE);
            case "getPost" -> new Call("/posts/" + publishedSlug, null, 200, NOTHING_MORE);
            case "editPost" -> new Call("/posts/" + draftToEdit, Json.write(Map.of("title", "Our first month, revised",
                    "bodyMarkdown", "Revised.")), post("Our first month, revised"), 200, NOTHING_MORE);
            case "publishPost" -> new Call("/posts/" + draftToPublish + "/publish", null, 200, NOTHING_MORE);
            case "getPostForEditing" -> new Call("/posts/" + draftToEdit + "/draft", null, 200, NOTHING_MORE);
            // Submitting again changes nothing: the author gets 200 however often the matrix asks.
            case "submitPost" -> new Call("/posts/" + draftToSubmit + "/submit", null, 200, NOTHING_MORE);
            // Only the post in review can be returned, and only once: the coordinator is the one allowed caller.
            case "returnPost" -> new Call("/posts/" + draftInReview + "/return",
                    Json.write(Map.of("comment", "Add a line on how you chose the books.")), 200, NOTHING_MORE);
            case "listReviewQueue" -> new Call("/review-queue", null, 200, NOTHING_MORE);
            case "getFeed" -> new Call("/feed.atom", null, 200, NOTHING_MORE);
            // Without a genuine link nobody is unsubscribed, whatever token they carry.
            case "unsubscribePage" -> new Call("/unsubscribe?token=not-a-link", null, 400, NOTHING_MORE);
            case "unsubscribe" -> new Call("/unsubscribe?token=not-a-link", null, 400, NOTHING_MORE);
            // Without a genuine link nobody's address is confirmed, whatever token they carry.
            case "emailConfirmationPage" -> new Call("/applications/confirm?token=not-a-link", null, 400, NOTHING_MORE);
            case "confirmEmail" -> new Call("/applications/confirm?token=not-a-link", null, 400, NOTHING_MORE);
            case "getReapplication" -> new Call("/reapply?token=not-a-link", null, 400, NOTHING_MORE);
            case "reapply" -> new Call("/reapply?token=not-a-link", "{}", 400, NOTHING_MORE);
            case "createCheckIn" -> new Call(c + "/check-ins", CHECK_IN, 201, NOTHING_MORE);
            case "listCheckIns" -> new Call(c + "/check-ins", null, 200, NOTHING_MORE);
            case "getCheckInResults" -> new Call(c + "/check-ins/" + checkInId + "/results", null, 200, NOTHING_MORE);
            // public: the signed token is the key; one that is no link opens nothing
            case "getCheckIn" -> new Call("/check-ins/" + checkInId + "?token=not-a-link", null, 404, NOTHING_MORE);
            case "answerCheckIn" -> new Call("/check-ins/" + checkInId + "/responses?token=not-a-link",
                    "{\"answers\": {\"going\": 4}}", 404, NOTHING_MORE);
            case "listNotifications" -> new Call("/notifications?status=SENT", null, 200, NOTHING_MORE);
            // The matrix's cohort is matched: it no longer takes applications, for everyone alike.
            case "inviteAlumni" -> new Call(c + "/invitations", null, 409, NOTHING_MORE);
            case "listAuditEntries" -> new Call("/audit?cohortId=" + COHORT, null, 200, NOTHING_MORE);
            case "getPersonData" -> new Call("/people/matrix-nobody%40example.org/data", null, 200, NOTHING_MORE);
            // An address with nothing held: the erasure answers zeros and the world stays as it is.
            case "erasePerson" -> new Call("/people/matrix-nobody%40example.org", null, 200, NOTHING_MORE);
            // Allowed, but only a FAILED entry goes back in line.
            case "retryNotification" -> new Call("/notifications/" + notificationId + "/retry", null, 409, NOTHING_MORE);
            default -> throw new AssertionError("The authorization matrix does not know " + operation.operationId()
                    + " (" + operation.routeKey() + "): add how to call it to MatrixWorld.callFor");
        };
        String template = Pattern.quote(operation.path()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
        assertTrue(call.path().replaceAll("\\?.*", "").matches(template), call.path() + " is not " + operation.path());
        return call;
    }
}
