package example.mentoring.recruitment;

import static example.mentoring.emulator.EventFixtures.as;
import static example.mentoring.emulator.EventFixtures.http;
import static example.mentoring.emulator.EventFixtures.withPathParameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import example.mentoring.application.ApplicationForm;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Transactions;
import example.mentoring.cohort.CohortAdminHandler;
import example.mentoring.cohort.CohortId;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.EventFixtures;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.fixtures.Seed;
import example.mentoring.json.Json;
import example.mentoring.match.Matches;
import example.mentoring.notification.Notification;
import example.mentoring.notification.NotificationStatus;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.email.AlumniInvitation;
import example.mentoring.paging.Page;
import example.mentoring.post.Subscriptions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Moto.class)
@DisplayName("Alumni invited to mentor: past mentors and mentees whose year completed, once per cohort, opt-outs honoured")
class AlumniInvitationsIT {

    MutableClock clock = new MutableClock(Instant.parse("2027-01-20T12:00:00Z"));
    CohortAdminHandler handler;
    AwsClients aws;

    @BeforeEach
    void setUp(EmulatedStack stack) {
        Environment environment = Environment.of(stack.environmentOf("CohortAdminFunction"));
        aws = new AwsClients(environment);
        handler = new CohortAdminHandler(environment, clock);
        // last year's cohort, matched: four pairs
        Seed.cohort().withId("fall-2026", "Fall 2026").withDates(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"))
                .withProgram(LocalDate.parse("2026-03-01"), LocalDate.parse("2027-01-15")).matchedBy("run-1").addTo(aws);
        LocalDate started = LocalDate.parse("2026-03-01");
        Seed.match(aws, "m1", "fall-2026", "ann.mentor@example.org", "bo.mentee@example.org", started);
        Seed.match(aws, "m2", "fall-2026", "cy.mentor@example.org", "di.mentee@example.org", started);
        Seed.match(aws, "m3", "fall-2026", "ed.mentor@example.org", "fay.mentee@example.org", started);
        new Transactions(aws).write(List.of(new Matches(aws).complete("m2"))); // di's year completed
        Subscriptions subscriptions = new Subscriptions(aws);
        subscriptions.unsubscribe(subscriptions.subscriberId("cy.mentor@example.org"), clock.instant()); // cy opted out
        // this year's cohort, open; ed applied already
        Seed.cohort().addTo(aws);
        var form = (com.fasterxml.jackson.databind.node.ObjectNode) Json.parseBody(
                EventFixtures.http("submit-application/submit-mentor.json").getBody());
        form.put("email", "ed.mentor@example.org").put("name", "Ed Mentor");
        Seed.intake(aws, clock).submit(new CohortId("fall-2027"), ApplicationForm.read(form));
    }

    APIGatewayV2HTTPResponse invite() {
        return handler.handleRequest(http("cohort-admin/invite-alumni.json"), null);
    }

    List<Notification> invitations() {
        return Page.all(page -> new Notifications(aws).list(NotificationStatus.PENDING, page)).stream()
                .filter(n -> n.message() instanceof AlumniInvitation).toList();
    }

    @Test
    @DisplayName("ann (mentor) and di (mentee, year completed) are invited; bo and fay (mentees still in their year), cy (opted out) and ed (applied) are not; asking again invites nobody")
    void invitesAlumniOnce() {
        APIGatewayV2HTTPResponse first = invite();
        assertEquals(202, first.getStatusCode(), first.getBody());
        assertEquals(2, Json.parseBody(first.getBody()).path("invited").asInt());
        assertEquals(List.of("ann.mentor@example.org", "di.mentee@example.org"),
                invitations().stream().map(Notification::recipient).sorted().toList());
        assertEquals(0, Json.parseBody(invite().getBody()).path("invited").asInt(), "once per cohort");
        assertEquals(2, invitations().size());

        AlumniInvitation invitation = (AlumniInvitation) invitations().get(0).message();
        assertEquals("https://mentoring.example/app/cohorts/fall-2027/apply", invitation.applyUrl());
        assertTrue(invitation.unsubscribeUrl().contains("/unsubscribe?token="), invitation.unsubscribeUrl());
        assertEquals("America/Chicago", invitation.timeZone().getId());
    }

    @Test
    @DisplayName("coordinators only; an unknown cohort is 404; a cohort that no longer takes applications is 409 cohort-not-open")
    void rules() {
        assertEquals(403, handler.handleRequest(as(http("cohort-admin/invite-alumni.json"), "ann.mentor@example.org"), null).getStatusCode());
        assertEquals(404, handler.handleRequest(withPathParameter(http("cohort-admin/invite-alumni.json"), "cohortId", "nope"), null)
                .getStatusCode());
        APIGatewayV2HTTPResponse past = handler.handleRequest(
                withPathParameter(http("cohort-admin/invite-alumni.json"), "cohortId", "fall-2026"), null);
        assertEquals(409, past.getStatusCode(), past.getBody());
        assertTrue(past.getBody().contains("cohort-not-open"), past.getBody());
        assertEquals(0, invitations().size());
    }
}
