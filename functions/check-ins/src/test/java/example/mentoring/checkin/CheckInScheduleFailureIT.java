package example.mentoring.checkin;

import static example.mentoring.emulator.EventFixtures.http;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Setting;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.Fault;
import example.mentoring.emulator.FaultProxy;
import example.mentoring.emulator.FaultyMoto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.emulator.Operation;
import example.mentoring.emulator.When;
import example.mentoring.fixtures.Seed;
import example.mentoring.paging.Page;
import example.mentoring.json.Json;
import example.mentoring.notification.NotificationStatus;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.email.CheckInInvitation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FaultyMoto.class)
@DisplayName("Check-ins under faults: a request fully happens or leaves nothing; a send that crashed half-way finishes, nobody twice")
class CheckInScheduleFailureIT {

    static final MutableClock CLOCK = new MutableClock(Instant.parse("2027-04-01T15:00:00Z"));

    @Test
    @DisplayName("the scheduler fails: 500 without internals, no check-in listed; the retry creates it with its schedule")
    void undoneWhenTheScheduleFails(EmulatedStack stack, FaultProxy proxy) {
        Environment environment = Environment.of(stack.environmentOf("CheckInsFunction"));
        AwsClients aws = new AwsClients(environment);
        Seed.cohort().matchedBy("run-1").addTo(aws);
        CheckInsHandler handler = new CheckInsHandler(environment, CLOCK);
        proxy.inject(Operation.SCHEDULER_CREATE_SCHEDULE, Fault.internalError(), When.firstCalls(1));

        APIGatewayV2HTTPResponse failed = handler.handleRequest(http("check-ins/create-check-in.json"), null);
        assertEquals(500, failed.getStatusCode(), failed.getBody());
        assertEquals(0, new CheckIns(aws).ofCohort("fall-2027", Page.Request.first(10)).items().size(), "undone");

        APIGatewayV2HTTPResponse retried = handler.handleRequest(http("check-ins/create-check-in.json"), null);
        assertEquals(201, retried.getStatusCode(), retried.getBody());
        CheckIn stored = new CheckIns(aws).ofCohort("fall-2027", Page.Request.first(10)).items().getFirst();
        aws.scheduler().getSchedule(r -> r.groupName(environment.required(Setting.SCHEDULE_GROUP_NAME))
                .name(CheckInSchedules.nameOf(stored.checkInId())));
    }

    @Test
    @DisplayName("sixty recipients, the second of three transactions fails: the schedule's retry sends the rest, each of the sixty once")
    void crashedSendFinishesOnRetry(EmulatedStack stack, FaultProxy proxy) throws Exception {
        Environment environment = Environment.of(stack.environmentOf("CheckInsFunction"));
        AwsClients aws = new AwsClients(environment);
        Seed.cohort().matchedBy("run-1").addTo(aws);
        for (int i = 0; i < 30; i++) {
            Seed.match(aws, "m%024x".formatted(i), "fall-2027", "mentor" + i + "@example.net", "mentee" + i + "@example.org",
                    LocalDate.parse("2027-03-20"));
        }
        APIGatewayV2HTTPResponse created = new CheckInsHandler(environment, CLOCK).handleRequest(http("check-ins/create-check-in.json"), null);
        assertEquals(201, created.getStatusCode(), created.getBody());
        String checkInId = Json.parseBody(created.getBody()).path("checkInId").asText();
        SendCheckInHandler sender = new SendCheckInHandler(Environment.of(stack.environmentOf("SendCheckInFunction")), CLOCK);
        byte[] event = Json.write(Map.of("checkInId", checkInId)).getBytes(StandardCharsets.UTF_8);

        proxy.inject(Operation.TRANSACT_WRITE_ITEMS, Fault.internalError(), rank -> rank == 2);
        assertThrows(RuntimeException.class, () -> sender.handleRequest(new ByteArrayInputStream(event), new ByteArrayOutputStream(), null));
        assertEquals(25, invited(aws).size(), "the first transaction's recipients only");

        sender.handleRequest(new ByteArrayInputStream(event), new ByteArrayOutputStream(), null);
        List<String> recipients = invited(aws);
        assertEquals(60, recipients.size());
        assertEquals(60, recipients.stream().distinct().count(), "nobody twice");
        assertEquals(60, new CheckIns(aws).respondents(checkInId).size());
    }

    static List<String> invited(AwsClients aws) {
        return new Notifications(aws).list(NotificationStatus.PENDING, Page.Request.first(100)).items().stream()
                .filter(n -> n.message() instanceof CheckInInvitation).map(n -> n.recipient()).toList();
    }
}
