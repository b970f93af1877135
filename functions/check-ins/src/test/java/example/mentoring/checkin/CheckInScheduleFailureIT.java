package example.mentoring.checkin;

import static example.mentoring.emulator.EventFixtures.http;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.Fault;
import example.mentoring.emulator.FaultProxy;
import example.mentoring.emulator.FaultyMoto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.emulator.Operation;
import example.mentoring.emulator.When;
import example.mentoring.fixtures.Seed;
import example.mentoring.http.Page;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FaultyMoto.class)
@DisplayName("A check-in whose schedule cannot be made is not stored: the request fully happens or leaves nothing")
class CheckInScheduleFailureIT {

    @Test
    @DisplayName("the scheduler fails: 500 without internals, no check-in listed; the retry creates it with its schedule")
    void undoneWhenTheScheduleFails(EmulatedStack stack, FaultProxy proxy) {
        Environment environment = Environment.of(stack.environmentOf("CheckInsFunction"));
        AwsClients aws = new AwsClients(environment);
        Seed.cohort().matchedBy("run-1").addTo(aws);
        CheckInsHandler handler = new CheckInsHandler(environment, new MutableClock(Instant.parse("2027-04-01T15:00:00Z")));
        proxy.inject(Operation.SCHEDULER_CREATE_SCHEDULE, Fault.internalError(), When.firstCalls(1));

        APIGatewayV2HTTPResponse failed = handler.handleRequest(http("check-ins/create-check-in.json"), null);
        assertEquals(500, failed.getStatusCode(), failed.getBody());
        assertEquals(0, new CheckIns(aws).ofCohort("fall-2027", Page.Request.first(10)).items().size(), "undone");

        APIGatewayV2HTTPResponse retried = handler.handleRequest(http("check-ins/create-check-in.json"), null);
        assertEquals(201, retried.getStatusCode(), retried.getBody());
        CheckIn stored = new CheckIns(aws).ofCohort("fall-2027", Page.Request.first(10)).items().getFirst();
        aws.scheduler().getSchedule(r -> r.groupName(environment.required(example.mentoring.aws.Setting.SCHEDULE_GROUP_NAME))
                .name(CheckInSchedules.nameOf(stored.checkInId())));
    }
}
