package example.mentoring.person;

import static example.mentoring.emulator.EventFixtures.http;
import static example.mentoring.emulator.EventFixtures.withPathParameter;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import example.mentoring.aws.Environment;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.Fault;
import example.mentoring.emulator.FaultProxy;
import example.mentoring.emulator.FaultyMoto;
import example.mentoring.emulator.Operation;
import example.mentoring.emulator.When;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FaultyMoto.class)
@DisplayName("A person's data read side by side: a read that fails fails the request as it would alone")
class PersonDataFaultsIT {

    @Test
    @DisplayName("throttled reads on the reads' own threads answer 503, as a throttled request does, never 500")
    void throttledReadIsA503(EmulatedStack stack, FaultProxy proxy) {
        PeopleHandler handler = new PeopleHandler(Environment.of(stack.environmentOf("PeopleFunction")));
        proxy.inject(Operation.dynamoDb("Query"), Fault.dynamoDbThrottling(), When.always());

        APIGatewayV2HTTPResponse response = handler.handleRequest(
                withPathParameter(http("people/person-data.json"), "email", "dana.whitfield@example.net"), null);

        assertEquals(503, response.getStatusCode(), response.getBody());
    }
}
