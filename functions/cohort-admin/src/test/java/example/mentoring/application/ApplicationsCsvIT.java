package example.mentoring.application;

import static example.mentoring.emulator.EventFixtures.http;
import static example.mentoring.emulator.EventFixtures.withQuery;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.cohort.CohortAdminHandler;
import example.mentoring.cohort.CohortId;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.EventFixtures;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.fixtures.Seed;
import example.mentoring.json.Json;
import example.mentoring.matchengine.Preferences;
import example.mentoring.notification.email.ProgramRole;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Moto.class)
@DisplayName("Applications as CSV through the cohort admin function")
class ApplicationsCsvIT {

    /** What one Lambda function may answer synchronously, the serialized response event included. */
    static final int LAMBDA_RESPONSE_LIMIT = 6 * 1024 * 1024;

    MutableClock clock = new MutableClock(Instant.parse("2027-01-01T12:00:00Z"));
    CohortAdminHandler handler;
    AwsClients aws;

    @BeforeEach
    void setUp(EmulatedStack stack) {
        Environment environment = Environment.of(stack.environmentOf("CohortAdminFunction"));
        handler = new CohortAdminHandler(environment, clock);
        assertEquals(201, handler.handleRequest(http("cohort-admin/create-cohort.json"), null).getStatusCode());
        aws = new AwsClients(environment);
        clock.set(Instant.parse("2027-02-01T12:00:00Z"));
    }

    static APIGatewayV2HTTPEvent csvRequest() {
        return withQuery(http("cohort-admin/list-applications.json"), Map.of("role", "MENTEE", "format", "csv"));
    }

    static List<CSVRecord> parse(String body) throws IOException {
        assertTrue(body.startsWith("\uFEFF"), "UTF-8 with a byte order mark");
        try (CSVParser parser = CSVParser.parse(new StringReader(body.substring(1)), CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    @Test
    @DisplayName("?format=csv and Accept: text/csv answer an attachment; formula cells are neutralised, the rest reads back unchanged")
    void csvExport() throws IOException {
        ApplicationIntake intake = Seed.intake(aws, clock);
        ObjectNode form = (ObjectNode) Json.parseBody(EventFixtures.http("submit-application/submit-mentee.json").getBody());
        form.put("name", "=HYPERLINK(\"http://evil.example\",\"Marlowe\")").put("institution", "+1 Library, \"Main\"")
                .put("goals", "@SUM(A1:A2)\r\nthen more");
        intake.submit(new CohortId("fall-2027"), ApplicationForm.read(form));
        clock.advance(Duration.ofMinutes(1));
        intake.submit(new CohortId("fall-2027"),
                ApplicationForm.read(Json.parseBody(EventFixtures.http("submit-application/submit-mentor.json").getBody())));

        APIGatewayV2HTTPResponse response = handler.handleRequest(csvRequest(), null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("text/csv; charset=utf-8; header=present", response.getHeaders().get("content-type"));
        assertEquals("attachment; filename=\"fall-2027-applications.csv\"", response.getHeaders().get("content-disposition"));
        List<CSVRecord> rows = parse(response.getBody());
        assertEquals(1, rows.size(), "?role=MENTEE holds for CSV too");
        CSVRecord mentee = rows.get(0);
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"Marlowe\")", mentee.get("name"));
        assertEquals("'+1 Library, \"Main\"", mentee.get("institution"));
        assertEquals("'@SUM(A1:A2)\r\nthen more", mentee.get("goals"));
        assertEquals("marlowe@example.org", mentee.get("email"));
        assertEquals("HISPANIC_LATINO", mentee.get("raceEthnicity"));
        assertEquals("storytime;mock-interviews", mentee.get("interests"));

        APIGatewayV2HTTPEvent accept = withQuery(http("cohort-admin/list-applications.json"), Map.of());
        accept.getHeaders().put("accept", "text/csv");
        assertEquals(2, parse(handler.handleRequest(accept, null).getBody()).size(), "both roles without ?role=");
        accept.getHeaders().put("accept", "application/json, text/csv");
        assertTrue(handler.handleRequest(accept, null).getHeaders().get("content-type").startsWith("application/json"));
        assertEquals(422, handler.handleRequest(withQuery(http("cohort-admin/list-applications.json"),
                Map.of("format", "xlsx")), null).getStatusCode());
    }

    @Test
    @DisplayName("10 000 applications: the export's size and memory beside the same data as JSON (figures printed)")
    void tenThousand() throws IOException {
        int count = 10_000;
        Random random = new Random(15);
        String[] words = "story time early literacy programs outreach to schools and families grant writing leadership"
                .split(" ");
        List<Application> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder goals = new StringBuilder();
            int length = random.nextInt(600);
            while (goals.length() < length) {
                goals.append(words[random.nextInt(words.length)]).append(' ');
            }
            Application application = new Application(String.format("app%05d", i), "fall-2027",
                    i % 3 == 0 ? ProgramRole.MENTOR : ProgramRole.MENTEE, "Applicant Number " + i,
                    "applicant" + i + "@example.org", "Springfield Public Library Branch " + i,
                    Optional.of("Youth Services Librarian"), "PUBLIC", "MIDWEST", 4, true,
                    i % 3 == 0 ? Optional.empty() : Optional.of("EARLY_CAREER"), true, false,
                    List.of("storytime", "mock-interviews", "outreach"), Optional.of(goals.toString().strip()),
                    Optional.of("WOMAN"), Optional.empty(), List.of("HISPANIC_LATINO"), Preferences.DEFAULT, 2,
                    clock.instant().plusSeconds(i), Optional.of(clock.instant()));
            all.add(application);
        }
        BulkApplications.write(aws, all);
        String json = Json.write(all.stream().map(ApplicationView::of).toList());
        all.clear();

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        System.gc();
        long heapBefore = usedHeap();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        APIGatewayV2HTTPResponse response = handler.handleRequest(
                withQuery(http("cohort-admin/list-applications.json"), Map.of("format", "csv")), null);
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        System.gc();
        long retained = usedHeap() - heapBefore;
        String event = Json.mapper().writeValueAsString(response); // as the runtime would, a bean

        int csvBytes = response.getBody().getBytes(StandardCharsets.UTF_8).length;
        int eventBytes = event.getBytes(StandardCharsets.UTF_8).length;
        int jsonBytes = json.getBytes(StandardCharsets.UTF_8).length;
        System.out.printf("csv-export rows=%d csvBytes=%d (%.2f MB) responseEventBytes=%d (%.2f MB) "
                        + "sameDataAsJsonBytes=%d (%.2f MB, baseline) csv/json=%.2f event/limit=%.2f "
                        + "allocatedDuringCall=%.1f MB retainedAfterGc=%.1f MB maxHeap=%d MB%n",
                count, csvBytes, csvBytes / 1048576.0, eventBytes, eventBytes / 1048576.0, jsonBytes,
                jsonBytes / 1048576.0, (double) csvBytes / jsonBytes, (double) eventBytes / LAMBDA_RESPONSE_LIMIT,
                allocated / 1048576.0, retained / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);

        List<CSVRecord> rows = parse(response.getBody());
        assertEquals(count, rows.size(), "every application, read across the store's pages");
        assertTrue(eventBytes < LAMBDA_RESPONSE_LIMIT, "the export fits one synchronous response: " + eventBytes);
    }

    static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
