package example.mentoring.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.application.Applications;
import example.mentoring.application.BulkApplications;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Transactions;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.fixtures.Seed;
import example.mentoring.link.SignedLinks;
import example.mentoring.match.CarryOver;
import example.mentoring.match.Matches;
import example.mentoring.notification.Notification;
import example.mentoring.notification.NotificationStatus;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.Outbox;
import example.mentoring.notification.email.ReapplyInvitation;
import example.mentoring.paging.Page;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Moto.class)
@DisplayName("A wait-list carry-over whose creating request stopped half-way is finished by the sweep, once")
class CarryOverResumeIT {

    static final CohortId SPRING = new CohortId("spring-2027");

    MutableClock clock = new MutableClock(Instant.parse("2027-01-20T12:00:00Z"));
    AwsClients aws;
    CloseCohortHandler handler;
    Cohorts cohorts;

    @BeforeEach
    void setUp(EmulatedStack stack) {
        Environment environment = Environment.of(stack.environmentOf("CloseCohortFunction"));
        aws = new AwsClients(environment);
        cohorts = new Cohorts(aws);
        handler = new CloseCohortHandler(environment, clock);
        // spring: matched; of its three mentees one was matched, two are on the wait-list
        Seed.cohort().withId(SPRING.value(), "Spring 2027")
                .withDates(Instant.parse("2026-08-01T05:00:00Z"), Instant.parse("2026-09-01T04:59:59Z"))
                .matchedBy("run-1").addTo(aws);
        BulkApplications.write(aws, SPRING.value(), 1, 1, 3, Instant.parse("2026-08-15T12:00:00Z"));
        Seed.match(aws, "m0000000000000000000spring", SPRING.value(), "bulk-mentor-0@example.org",
                "bulk-mentee-1@example.org", LocalDate.parse("2026-10-01"));
    }

    /** Fall, created carrying spring's wait-list over, as the creating request's transaction leaves it. */
    Cohort fallCreated() {
        Cohort fall = Seed.cohort().toCohort();
        new Transactions(aws).write(List.of(cohorts.newCohort(fall, List.of(SPRING))));
        return fall;
    }

    JsonNode sweep() throws IOException {
        return Invocations.sweep(handler);
    }

    List<Notification> invitations() {
        return new Notifications(aws).list(NotificationStatus.PENDING, Page.Request.first(100)).items().stream()
                .filter(n -> n.message() instanceof ReapplyInvitation).toList();
    }

    @Test
    @DisplayName("the function died after creating the cohort: the sweep invites the wait-list, and the next sweep finds nothing to do")
    void sweepFinishes() throws IOException {
        fallCreated();
        assertEquals(List.of("fall-2027"), cohorts.carryOversPending().stream().map(p -> p.cohort().id().value()).toList());

        JsonNode first = sweep();
        assertEquals("[\"fall-2027\"]", first.path("carryOversFinished").toString());
        assertEquals(List.of("bulk-mentee-2@example.org", "bulk-mentee-3@example.org"),
                invitations().stream().map(Notification::recipient).sorted().toList());
        assertEquals(List.of(), cohorts.carryOversPending(), "done: not pending any more");

        assertEquals(0, sweep().path("carryOversFinished").size());
        assertEquals(2, invitations().size(), "nobody is invited twice");
    }

    @Test
    @DisplayName("half the invitations were written: the sweep writes the rest, none twice")
    void sweepResumes() throws IOException {
        Cohort fall = fallCreated();
        Notifications notifications = new Notifications(aws);
        Outbox outbox = new Outbox(notifications, clock);
        // the invitation the request wrote before it stopped, under the id the carry-over gives it
        new Transactions(aws).write(List.of(outbox.notify("reapply-fall-2027-bulk-mentee-2", "bulk-mentee-2@example.org",
                new ReapplyInvitation("ALSC Mentoring Program", "Mentee 2", "Spring 2027", "Fall 2027",
                        fall.applicationDeadline(), fall.timeZone(), "https://mentoring.example/app/reapply?token=first"))));

        assertEquals("[\"fall-2027\"]", sweep().path("carryOversFinished").toString());
        List<Notification> sent = invitations();
        assertEquals(List.of("bulk-mentee-2@example.org", "bulk-mentee-3@example.org"),
                sent.stream().map(Notification::recipient).sorted().toList());
        assertTrue(sent.stream().anyMatch(n -> ((ReapplyInvitation) n.message()).reapplyUrl().endsWith("token=first")),
                "the invitation written before is kept as it was");
    }

    @Test
    @DisplayName("the creating request that finishes its invitations leaves nothing pending for the sweep")
    void requestFinishes() throws IOException {
        Cohort fall = fallCreated();
        new CarryOver(cohorts, new Applications(aws), new Matches(aws), new Outbox(new Notifications(aws), clock),
                new Transactions(aws), new SignedLinks(Seed.TEST_KEYS, clock), "https://mentoring.example",
                "ALSC Mentoring Program", clock).invite(fall, List.of(cohorts.get(SPRING)));
        assertEquals(List.of(), cohorts.carryOversPending());
        assertEquals(0, sweep().path("carryOversFinished").size());
        assertEquals(2, invitations().size());
    }
}
