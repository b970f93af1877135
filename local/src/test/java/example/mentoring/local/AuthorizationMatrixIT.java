package example.mentoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.json.Json;
import example.mentoring.local.ApiOperations.Operation;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation of openapi.yaml against every kind of caller, through the local host, in a world
 * where each of them exists (a matched cohort, a pair, the pair's draft posts, a published post).
 * The expected answer of each cell follows from the operation's {@code security} and {@code x-who}
 * (API.md's "who" column) by the rules in {@link Access}; an operation the matrix does not know
 * fails the test, so the matrix grows with the contract.
 */
@DisplayName("Authorization matrix: every operation of openapi.yaml × every kind of caller answers as API.md says")
class AuthorizationMatrixIT {

    static LocalApi api;
    static MatrixWorld world;

    @BeforeAll
    static void start() throws Exception {
        api = new LocalApi();
        world = MatrixWorld.build(api);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @TestFactory
    Stream<DynamicTest> matrix() {
        List<Operation> operations = ApiOperations.load();
        List<DynamicTest> cells = new ArrayList<>();
        for (Operation operation : operations) {
            MatrixWorld.Call call = world.callFor(operation);
            // Refusals first: an allowed call may change the state the others are judged in.
            List<MatrixCaller> order = Stream.of(MatrixCaller.values())
                    .sorted((a, b) -> Boolean.compare(Access.allows(operation, a), Access.allows(operation, b)))
                    .toList();
            for (MatrixCaller caller : order) {
                cells.add(DynamicTest.dynamicTest(operation.routeKey() + " as " + caller.label(),
                        () -> check(operation, call, caller)));
            }
        }
        System.out.printf("Authorization matrix: %d operations x %d callers = %d cells%n",
                operations.size(), MatrixCaller.values().length, cells.size());
        return cells.stream();
    }

    private static void check(Operation operation, MatrixWorld.Call call, MatrixCaller caller) throws Exception {
        HttpResponse<String> response = api.send(operation.method(), call.path(), world.token(caller), call.body(caller));
        String cell = operation.routeKey() + " as " + caller.label() + ": " + response.statusCode() + " " + response.body();
        Access.Expected expected = Access.expected(operation, caller);
        switch (expected) {
            case UNAUTHORIZED -> {
                assertEquals(401, response.statusCode(), cell);
                assertEquals("{\"message\":\"Unauthorized\"}", response.body(), cell);
                assertTrue(response.headers().firstValue("www-authenticate").orElse("").startsWith("Bearer"), cell);
            }
            case FORBIDDEN -> assertProblem(403, response, cell);
            case NOT_FOUND -> assertProblem(404, response, cell);
            case ALLOWED, PUBLIC -> {
                assertEquals(call.allowedStatus(), response.statusCode(), cell);
                call.allowedCheck().accept(caller, response);
            }
        }
        assertFalse(response.statusCode() >= 500, cell);
    }

    private static void assertProblem(int status, HttpResponse<String> response, String cell) {
        assertEquals(status, response.statusCode(), cell);
        assertEquals("application/problem+json", response.headers().firstValue("content-type").orElse(""), cell);
        JsonNode problem = Json.parseBody(response.body());
        if (problem.path("status").asInt() != status) {
            fail("problem body disagrees with the status: " + cell);
        }
    }
}
