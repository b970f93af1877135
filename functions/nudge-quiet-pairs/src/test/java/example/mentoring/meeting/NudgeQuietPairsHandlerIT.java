package example.mentoring.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.access.Principal;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Transactions;
import example.mentoring.cohort.Cohort;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.EventFixtures;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.fixtures.Seed;
import example.mentoring.paging.Page;
import example.mentoring.json.Json;
import example.mentoring.match.Matches;
import example.mentoring.notification.Notification;
import example.mentoring.notification.NotificationStatus;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.email.InactivityNudge;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Moto.class)
@DisplayName("The weekly nudge reaches exactly the quiet pairs, once a fortnight at most, and never after the program")
class NudgeQuietPairsHandlerIT {

    static final LocalDate STARTED = LocalDate.parse("2027-03-20");

    MutableClock clock = new MutableClock(Instant.parse("2027-06-07T14:00:00Z"));
    NudgeQuietPairsHandler handler;
    AwsClients aws;
    Notifications notifications;
    MeetingLog meetings;

    @BeforeEach
    void setUp(EmulatedStack stack) {
        Environment environment = Environment.of(stack.environmentOf("NudgeQuietPairsFunction"));
        aws = new AwsClients(environment);
        handler = new NudgeQuietPairsHandler(environment, clock);
        notifications = new Notifications(aws);
        meetings = new MeetingLog(new Matches(aws), new Meetings(aws), new Transactions(aws), clock);
        cohort("fall-2027", LocalDate.parse("2028-03-14"));
        cohort("old-2025", LocalDate.parse("2026-12-31"));
        match("fall-2027", "m-busy", "a");
        match("fall-2027", "m-lapsed", "b");
        match("fall-2027", "m-silent", "c");
        match("old-2025", "m-finished", "d");
        logMeeting("m-busy", "menteea@example.org", "2027-05-20");
        logMeeting("m-lapsed", "mentorb@example.net", "2027-04-01");
    }

    void cohort(String id, LocalDate programEnd) {
        Seed.cohort().withId(id, "Cohort " + id)
                .withDates(Instant.parse("2025-01-15T06:00:00Z"), Instant.parse("2025-02-25T05:59:59Z"))
                .withProgram(LocalDate.parse("2025-03-15"), programEnd).matchedBy("run-1").addTo(aws);
    }

    void match(String cohortId, String matchId, String who) {
        Seed.match(aws, matchId, cohortId, "mentor" + who + "@example.net", "mentee" + who + "@example.org", STARTED);
    }

    void logMeeting(String matchId, String email, String date) {
        meetings.log(matchId, new Principal(Optional.of(email), true, false), MeetingForm.read(Json.parseBody(
                "{\"occurredOn\": \"" + date + "\", \"durationMinutes\": 30, \"format\": \"PHONE\"}")));
    }

    List<String> runWeekly() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(EventFixtures.json("nudge-quiet-pairs/weekly-schedule.json")
                .getBytes(StandardCharsets.UTF_8)), out, null);
        JsonNode result = Json.parseBody(out.toString(StandardCharsets.UTF_8));
        return java.util.stream.StreamSupport.stream(result.path("nudged").spliterator(), false)
                .map(JsonNode::asText).sorted().toList();
    }

    List<Notification> nudges() {
        return notifications.list(NotificationStatus.PENDING, Page.Request.first(100)).items().stream()
                .filter(n -> n.message() instanceof InactivityNudge).toList();
    }

    @Test
    @DisplayName("both members of each quiet pair of a running cohort get one nudge; busy and finished pairs get none")
    void exactlyTheQuietPairs() throws Exception {
        assertEquals(List.of("m-lapsed", "m-silent"), runWeekly());
        List<Notification> sent = nudges();
        assertEquals(4, sent.size());
        assertEquals(Set.of("mentorb@example.net", "menteeb@example.org", "mentorc@example.net", "menteec@example.org"),
                Set.copyOf(sent.stream().map(Notification::recipient).toList()));
        InactivityNudge toLapsedMentee = (InactivityNudge) sent.stream()
                .filter(n -> n.recipient().equals("menteeb@example.org")).findFirst().orElseThrow().message();
        assertEquals(67, toLapsedMentee.daysSinceLastMeeting());
        assertEquals(Seed.nameOf("mentorb@example.net"), toLapsedMentee.partnerName());
        assertTrue(toLapsedMentee.logMeetingUrl().contains("/matches/m-lapsed/"));
    }

    @Test
    @DisplayName("not again within 14 days; again after, unless the pair met meanwhile")
    void fortnightly() throws Exception {
        runWeekly();
        clock.advance(Duration.ofDays(7));
        assertEquals(List.of(), runWeekly());
        assertEquals(4, nudges().size());
        logMeeting("m-silent", "mentorc@example.net", "2027-06-10");
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        assertEquals(List.of("m-lapsed"), runWeekly());
        assertEquals(6, nudges().size());
    }

    @Test
    @DisplayName("a pair whose match ended early is not nudged, however quiet")
    void endedPairsAreLeftAlone() throws Exception {
        new Transactions(aws).write(List.of(new Matches(aws).end("m-silent",
                new example.mentoring.match.MatchEnding(clock.instant(), "MENTEE", "Moved away."))));
        assertEquals(List.of("m-lapsed"), runWeekly());
        assertEquals(2, nudges().size());
    }
}
