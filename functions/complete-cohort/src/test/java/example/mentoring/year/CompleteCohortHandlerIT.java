package example.mentoring.year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.access.Principal;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Transactions;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.CohortStatus;
import example.mentoring.cohort.Cohorts;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.EventFixtures;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.fixtures.Seed;
import example.mentoring.paging.Page;
import example.mentoring.json.Json;
import example.mentoring.match.Competency;
import example.mentoring.match.Goal;
import example.mentoring.match.MatchEnding;
import example.mentoring.match.MatchStatus;
import example.mentoring.match.Matches;
import example.mentoring.meeting.MeetingForm;
import example.mentoring.meeting.MeetingLog;
import example.mentoring.meeting.Meetings;
import example.mentoring.notification.Notification;
import example.mentoring.notification.NotificationStatus;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.email.YearClosing;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Moto.class)
@DisplayName("The year's end: each active match completes, both of each pair get their year in figures, once")
class CompleteCohortHandlerIT {

    static final LocalDate STARTED = LocalDate.parse("2027-03-16");
    /** Fall 2027's programEnd is 2028-03-14: its year is over at midnight UTC. */
    static final Instant YEAR_END = Instant.parse("2028-03-15T00:00:00Z");

    MutableClock clock = new MutableClock(Instant.parse("2027-06-01T15:00:00Z"));
    CompleteCohortHandler handler;
    AwsClients aws;
    Matches matches;

    @BeforeEach
    void setUp(EmulatedStack stack) {
        Environment environment = Environment.of(stack.environmentOf("CompleteCohortFunction"));
        aws = new AwsClients(environment);
        handler = new CompleteCohortHandler(environment, clock);
        matches = new Matches(aws);
        Seed.cohort().matchedBy("run-1").addTo(aws);
        Seed.match(aws, "m-busy", "fall-2027", "dana@example.net", "marlowe@example.org", STARTED);
        Seed.match(aws, "m-quiet", "fall-2027", "alex@example.net", "sam@example.org", STARTED);
        Seed.match(aws, "m-ended", "fall-2027", "robin@example.net", "quinn@example.org", STARTED);
        Transactions transactions = new Transactions(aws);
        transactions.write(List.of(matches.replaceGoals("m-busy", List.of(
                new Goal("g1", "Run a storytime series", Optional.of(Competency.PROGRAMMING_SKILLS), Goal.Status.DONE),
                new Goal("g2", "Visit a school library", Optional.empty(), Goal.Status.OPEN)))));
        transactions.write(List.of(matches.end("m-ended", new MatchEnding(clock.instant(), "MENTOR", "Moved."))));
        MeetingLog log = new MeetingLog(matches, new Meetings(aws), transactions, clock);
        log("m-busy", log, "2027-04-02", 45, "\"conversation\", \"goal-setting\"");
        log("m-busy", log, "2027-05-10", 60, "\"conversation\", \"mock-interview\"");
    }

    static void log(String matchId, MeetingLog log, String on, int minutes, String activities) {
        log.log(matchId, new Principal(Optional.of("marlowe@example.org"), true, false), MeetingForm.read(Json.parseBody(
                "{\"occurredOn\": \"" + on + "\", \"durationMinutes\": " + minutes + ", \"format\": \"VIDEO\", \"activities\": ["
                        + activities + "]}")));
    }

    JsonNode fire() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(EventFixtures.json("complete-cohort/program-end-schedule.json")
                .getBytes(StandardCharsets.UTF_8)), out, null);
        return Json.parseBody(out.toString(StandardCharsets.UTF_8));
    }

    List<Notification> closings() {
        return new Notifications(aws).list(NotificationStatus.PENDING, Page.Request.first(100)).items().stream()
                .filter(n -> n.message() instanceof YearClosing).toList();
    }

    @Test
    @DisplayName("the schedule's event completes the active matches and emails both of each pair; an ended match stays ENDED")
    void completes() throws Exception {
        clock.set(YEAR_END);
        JsonNode outcome = fire();
        assertEquals(List.of("m-busy", "m-quiet"), java.util.stream.StreamSupport.stream(
                outcome.path("completed").spliterator(), false).map(JsonNode::asText).sorted().toList());
        assertEquals(MatchStatus.COMPLETED, matches.find("m-busy").orElseThrow().status());
        assertEquals(MatchStatus.COMPLETED, matches.find("m-quiet").orElseThrow().status());
        assertEquals(MatchStatus.ENDED, matches.find("m-ended").orElseThrow().status());
        assertEquals(CohortStatus.COMPLETED, new Cohorts(aws).get(new CohortId("fall-2027")).statusAt(clock.instant()));

        List<Notification> sent = closings();
        assertEquals(List.of("alex@example.net", "dana@example.net", "marlowe@example.org", "sam@example.org"),
                sent.stream().map(Notification::recipient).sorted().toList());
        YearClosing toMentor = (YearClosing) sent.stream().filter(n -> n.recipient().equals("dana@example.net"))
                .findFirst().orElseThrow().message();
        assertEquals(List.of(2, 105, 1, 2), List.of(toMentor.meetings(), toMentor.minutes(), toMentor.goalsDone(),
                toMentor.goalsSet()));
        assertEquals(Seed.nameOf("marlowe@example.org"), toMentor.partnerName());
        assertEquals(List.of(new YearClosing.ActivityCount("conversation", 2), new YearClosing.ActivityCount("goal-setting", 1),
                new YearClosing.ActivityCount("mock-interview", 1)), toMentor.activities());
        YearClosing quiet = (YearClosing) sent.stream().filter(n -> n.recipient().equals("sam@example.org"))
                .findFirst().orElseThrow().message();
        assertEquals(List.of(0, 0, 0, 0), List.of(quiet.meetings(), quiet.minutes(), quiet.goalsDone(), quiet.goalsSet()));
    }

    @Test
    @DisplayName("fired twice, it emails each person once")
    void firedTwice() throws Exception {
        clock.set(YEAR_END);
        fire();
        JsonNode again = fire();
        assertEquals(0, again.path("completed").size());
        assertEquals(4, closings().size());
        assertEquals(4, closings().stream().map(Notification::recipient).distinct().count());
    }

    @Test
    @DisplayName("fired before the year is over (a programEnd moved later), it does nothing")
    void notYet() throws Exception {
        clock.set(YEAR_END.minusSeconds(1));
        JsonNode outcome = fire();
        assertEquals(0, outcome.path("completed").size());
        assertEquals(MatchStatus.ACTIVE, matches.find("m-busy").orElseThrow().status());
        assertTrue(closings().isEmpty());
    }
}
