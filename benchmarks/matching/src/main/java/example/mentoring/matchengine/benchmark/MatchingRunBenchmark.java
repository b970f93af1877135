package example.mentoring.matchengine.benchmark;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import example.mentoring.application.Application;
import example.mentoring.application.Applications;
import example.mentoring.application.SeedApplications;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.EventFixtures;
import example.mentoring.emulator.MotoServer;
import example.mentoring.emulator.StackTemplate;
import example.mentoring.fixtures.Seed;
import example.mentoring.json.Json;
import example.mentoring.match.RunMatchingHandler;
import java.util.List;

/**
 * A whole matching run through the run-matching function, against Moto: the handler reads the
 * cohort's applications, solves, stores the run and answers. Prints where the time went. Moto is
 * not DynamoDB (it serves one request at a time, in Python), so read the I/O parts as an upper bound.
 */
public final class MatchingRunBenchmark {

    private MatchingRunBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int mentees = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int mentors = args.length > 1 ? Integer.parseInt(args[1]) : 4_000;
        try (MotoServer moto = MotoServer.start(MotoServer.freePort())) {
            EmulatedStack stack = new EmulatedStack(StackTemplate.load(), moto.endpoint()).provision();
            Environment environment = Environment.of(stack.environmentOf("RunMatchingFunction"));
            AwsClients aws = new AwsClients(environment);
            Seed.cohort().addTo(aws);
            new example.mentoring.cohort.Cohorts(aws).recordClose(new example.mentoring.cohort.CohortId("fall-2027"),
                    java.time.Instant.parse("2027-02-25T05:59:59Z"));
            List<Application> applications = SeedApplications.generate("fall-2027", mentors, mentees, 42);
            long seeded = System.nanoTime();
            SeedApplications.write(aws, applications);
            System.out.printf("seeded %d applications in %d ms%n", applications.size(), ms(seeded));

            long read = System.nanoTime();
            int count = new Applications(aws).all("fall-2027").size();
            System.out.printf("reading them back (what the run does first): %d in %d ms%n", count, ms(read));

            RunMatchingHandler handler = new RunMatchingHandler(environment);
            APIGatewayV2HTTPEvent event = EventFixtures.withBody(EventFixtures.http("run-matching/create-run.json"), "{}");
            long started = System.nanoTime();
            APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
            long total = ms(started);
            var stats = Json.parseBody(response.getBody()).path("stats");
            System.out.printf("POST /cohorts/fall-2027/matching-runs: %d in %d ms (cold JVM, first request), response %.1f MB,"
                            + " matched %d of %d, total score %d%n", response.getStatusCode(), total,
                    response.getBody().length() / 1e6, stats.path("matched").asInt(), stats.path("mentees").asInt(),
                    stats.path("totalScore").asLong());
            event = EventFixtures.withBody(EventFixtures.http("run-matching/create-run.json"), "{}");
            started = System.nanoTime();
            response = handler.handleRequest(event, null);
            System.out.printf("again (warm): %d in %d ms%n", response.getStatusCode(), ms(started));
        }
    }

    static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
