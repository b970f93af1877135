package example.mentoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import example.mentoring.emulator.EventFixtures;
import example.mentoring.json.Json;
import example.mentoring.log.Log;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The whole life of a cohort through the local host, with every function's output captured: what
 * people typed (names, addresses, goals, meeting notes, check-in questions and answers), what they told us about themselves
 * (demographics) and the links we mailed them must appear in no log line.
 */
@DisplayName("Privacy: after a whole program flow, no function logged an address, a name, free text, a demographic answer or a link token")
class PrivacyOverHttpIT {

    static final String COHORT = "privacy";
    static final Pattern LINK_TOKEN = Pattern.compile("[?&]token=([^\"&<>\\s]+)");

    static LocalApi api;
    static final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    static PrintStream originalOut;
    static PrintStream originalErr;

    @BeforeAll
    static void start() throws Exception {
        originalOut = System.out;
        originalErr = System.err;
        PrintStream tee = new PrintStream(new Tee(originalOut, captured), true, StandardCharsets.UTF_8);
        System.setOut(tee);
        System.setErr(new PrintStream(new Tee(originalErr, captured), true, StandardCharsets.UTF_8));
        Log.redirect(tee);
        api = new LocalApi();
    }

    @AfterAll
    static void stop() {
        api.close();
        System.setOut(originalOut);
        System.setErr(originalErr);
        Log.redirect(originalOut);
    }

    /** What people told us, each value distinctive enough that finding it in a log means it leaked. */
    record Person(String role, String name, String email, String institution, String goals, String gender,
                  String race, String region) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person("MENTOR", "Ximena Quarrington", "ximena.q@privacy.example", "Larkspur County Library",
                    "I want to pass on what thirty years of storytimes taught me.", "WOMAN", "ASIAN", "NORTHEAST"),
            new Person("MENTOR", "Bartholomew Okonkwo-Lind", "bart.ol@privacy.example", "Ferncliff Academy Library",
                    "Helping a new librarian find confidence in committee work.", "MAN", "BLACK_AFRICAN_AMERICAN", "SOUTH"),
            new Person("MENTEE", "Ottoline Vasquez-Hart", "ottoline.vh@privacy.example", "Juniper Branch Library",
                    "Plan my first summer reading challenge without panicking.", "NON_BINARY", "HISPANIC_LATINO", "WEST"),
            new Person("MENTEE", "Cyprian Abernathy", "cyprian.a@privacy.example", "Thistlewood Public Library",
                    "Learn how to evaluate picture books for award committees.", "SELF_DESCRIBED",
                    "NATIVE_HAWAIIAN_PACIFIC_ISLANDER", "CANADA"));
    static final String SELF_DESCRIBED_GENDER = "Genderqueer storyteller";
    static final String MEETING_NOTES = "We talked about the budget fight with the director, confidential.";
    static final String CHECK_IN_QUESTION = "What surprised you about the Quillfeather reading budget?";
    static final String CHECK_IN_CHOICE = "Twice a fortnight at Marrowdale";
    static final String CHECK_IN_ANSWER = "Honestly, my mentor's candour about the Wexbridge layoffs.";

    @Test
    @DisplayName("apply, confirm the address, match, meet, answer a check-in, write a post, receive the newsletter, unsubscribe: nothing personal logged")
    void flow() throws Exception {
        String coordinator = api.token("coordinator@privacy.example", "coordinators");
        expect(201, api.send("POST", "/cohorts", coordinator, """
                {"cohortId": "%s", "name": "Privacy Cohort", "opensAt": "2026-01-01T00:00:00Z",
                 "applicationDeadline": "%s", "programStart": "2031-01-01", "programEnd": "2031-12-31"}"""
                .formatted(COHORT, Instant.now().plus(Duration.ofDays(30)))));
        for (Person person : PEOPLE) {
            apply(person);
        }
        for (String link : links(emailsTo(PEOPLE.size(), "/applications/confirm"), "/applications/confirm")) {
            expect(200, api.send("POST", pathOf(link), null, null));
        }
        expect(200, api.send("POST", "/cohorts/" + COHORT + "/close", coordinator, null));
        JsonNode run = Json.parseBody(expect(201, api.send("POST", "/cohorts/" + COHORT + "/matching-runs", coordinator, "{}")));
        assertEquals(2, run.path("stats").path("matched").asInt(), run.toString());
        String runId = run.path("runId").asText();
        expect(200, api.send("POST", "/cohorts/" + COHORT + "/matching-runs/" + runId + "/confirm", coordinator, null));

        Person mentee = PEOPLE.get(2);
        String menteeToken = api.token(mentee.email());
        String matchId = Json.parseBody(expect(200, api.send("GET", "/me/matches", menteeToken, null)))
                .path("items").get(0).path("matchId").asText();
        expect(201, api.send("POST", "/matches/" + matchId + "/meetings", menteeToken, Json.write(Map.of(
                "occurredOn", LocalDate.now(ZoneOffset.UTC).toString(), "durationMinutes", 45, "format", "VIDEO",
                "activities", List.of("conversation"), "notes", MEETING_NOTES))));
        expect(200, api.send("GET", "/cohorts/" + COHORT + "/applications", coordinator, null));
        expect(200, api.send("GET", "/cohorts/" + COHORT + "/engagement", coordinator, null));

        // a check-in for yesterday goes out at once; every participant answers; the coordinator reads results
        String checkInId = Json.parseBody(expect(201, api.send("POST", "/cohorts/" + COHORT + "/check-ins", coordinator,
                Json.write(Map.of("title", "Privacy check-in", "sendOn", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(),
                        "questions", List.of(
                                Map.of("questionId", "surprised", "text", CHECK_IN_QUESTION, "kind", "TEXT"),
                                Map.of("questionId", "often", "text", "How often?", "kind", "CHOICE",
                                        "options", List.of(CHECK_IN_CHOICE, "Monthly")),
                                Map.of("questionId", "going", "text", "How is it going?", "kind", "SCALE_1_5")))))))
                .path("checkInId").asText();
        api.clock().advance(java.time.Duration.ofSeconds(2)); // its day has passed: scheduled a second from now
        for (String link : links(emailsTo(PEOPLE.size(), "/check-ins/" + checkInId), "/check-ins/" + checkInId)) {
            String page = pathOf(link).replaceFirst("^/app/", "/"); // the web app's page reads the same path of the API
            expect(200, api.send("GET", page, null, null));
            String responses = page.replace("?token=", "/responses?token=");
            expect(201, api.send("POST", responses, null, Json.write(Map.of("answers",
                    Map.of("surprised", CHECK_IN_ANSWER, "often", CHECK_IN_CHOICE, "going", 4)))));
            expect(422, api.send("POST", responses, null, Json.write(Map.of("answers",
                    Map.of("surprised", "", "often", CHECK_IN_ANSWER, "going", 9)))));
        }
        expect(200, api.send("GET", "/cohorts/" + COHORT + "/check-ins", coordinator, null));
        expect(200, api.send("GET", "/cohorts/" + COHORT + "/check-ins/" + checkInId + "/results", coordinator, null));

        String postId = Json.parseBody(expect(201, api.send("POST", "/posts", menteeToken, Json.write(Map.of(
                "title", "A first month", "bodyMarkdown", "Our first month together.", "authorName", mentee.name())))))
                .path("postId").asText();
        expect(200, api.send("POST", "/posts/" + postId + "/publish", coordinator, "{\"notifyCohortId\": \"" + COHORT + "\"}"));
        List<String> unsubscribeLinks = links(emailsTo(4, "/unsubscribe"), "/unsubscribe");
        expect(200, api.send("GET", pathOf(unsubscribeLinks.get(0)), null, null));
        HttpResponse<String> optOut = api.send("POST", pathOf(unsubscribeLinks.get(0)), null, null);
        assertTrue(optOut.statusCode() == 200 || optOut.statusCode() == 204, optOut.body());
        api.settle(); // the sender's runs after the opt-out, so their log lines are in too

        String logs = captured.toString(StandardCharsets.UTF_8);
        assertTrue(logs.contains("\"event\":\"request.served\""), "the capture saw the functions' logs");
        List<String> secrets = new ArrayList<>();
        for (Person person : PEOPLE) {
            secrets.addAll(List.of(person.name(), person.email(), person.institution(), person.goals(),
                    person.email().toUpperCase(Locale.ROOT)));
            for (String value : List.of(person.gender(), person.race(), person.region())) {
                secrets.add("\"" + value + "\"");
            }
        }
        secrets.add(SELF_DESCRIBED_GENDER);
        secrets.add(MEETING_NOTES);
        secrets.addAll(List.of(CHECK_IN_QUESTION, CHECK_IN_CHOICE, CHECK_IN_ANSWER));
        allEmails().forEach(email -> {
            Matcher token = LINK_TOKEN.matcher(email.path("html").asText() + email.path("text").asText());
            while (token.find()) {
                secrets.add(token.group(1));
            }
        });
        List<String> leaked = secrets.stream().filter(logs::contains).toList();
        assertEquals(List.of(), leaked, "found in the logs");
        Predicate<String> anyAddress = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[a-z]{2,}").asPredicate();
        List<String> linesWithAddresses = logs.lines().filter(anyAddress).toList();
        assertEquals(List.of(), linesWithAddresses, "log lines with an email address");
    }

    private static void apply(Person person) throws Exception {
        ObjectNode form = (ObjectNode) Json.parseBody(EventFixtures.http(person.role().equals("MENTOR")
                ? "submit-application/submit-mentor.json" : "submit-application/submit-mentee.json").getBody());
        form.put("name", person.name()).put("email", person.email()).put("institution", person.institution())
                .put("goals", person.goals()).put("gender", person.gender()).put("region", person.region());
        ((ArrayNode) form.putArray("raceEthnicity")).add(person.race());
        if (person.gender().equals("SELF_DESCRIBED")) {
            form.put("genderSelfDescribed", SELF_DESCRIBED_GENDER);
        }
        if (person.role().equals("MENTOR")) {
            form.put("mentorCapacity", 1);
        }
        expect(201, api.send("POST", "/cohorts/" + COHORT + "/applications", null, Json.write(form)));
    }

    /** Once everything sent has been sent: the emails holding a link to {@code path}, at least {@code count}. */
    private static List<JsonNode> emailsTo(int count, String path) throws Exception {
        api.settle();
        List<JsonNode> found = allEmails().stream()
                .filter(e -> (e.path("html").asText() + e.path("text").asText()).contains(path)).toList();
        assertTrue(found.size() >= count, "emails with a link to " + path + ": " + found.size());
        return found;
    }

    private static List<JsonNode> allEmails() throws Exception {
        return api.emails();
    }

    private static List<String> links(List<JsonNode> emails, String path) {
        Pattern link = Pattern.compile("https?://[^\"\\s<>]*" + Pattern.quote(path) + "\\?token=[^\"&<>\\s]+");
        List<String> found = new ArrayList<>();
        for (JsonNode email : emails) {
            Matcher matcher = link.matcher(email.path("html").asText() + " " + email.path("text").asText());
            if (matcher.find()) {
                found.add(matcher.group().replace("&amp;", "&"));
            }
        }
        return found;
    }

    private static String pathOf(String link) {
        return link.replaceFirst("^https?://[^/]+", "");
    }

    private static String expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.uri() + ": " + response.body());
        return response.body();
    }

    /** Writes to the original stream and to the capture. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public synchronized void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws java.io.IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }
    }
}
