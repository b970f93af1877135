package example.mentoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.emulator.MotoServer;
import example.mentoring.emulator.ProjectRoot;
import example.mentoring.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("bin/run-local's launch: the packaged classpath starts the host on its own")
class RunLocalIT {

    @Test
    @DisplayName("a separate JVM started as bin/run-local starts it serves GET /cohorts, and on the real clock a deadline's schedule closes the cohort within 5 s of it (API.md)")
    void startsFromThePackagedClasspath() throws Exception {
        Path root = ProjectRoot.find();
        String classpath = root.resolve("local/target/classes") + java.io.File.pathSeparator
                + Files.readString(root.resolve("local/target/classpath.txt")).strip();
        int port = MotoServer.freePort();
        Path log = root.resolve("local/target/run-local-it.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, LocalHost.class.getName())
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("MOTO_PORT", Integer.toString(MotoServer.freePort()));
        builder.environment().remove("AWS_ENDPOINT_URL");
        Process host = builder.start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            Instant giveUp = Instant.now().plus(Duration.ofSeconds(90));
            HttpResponse<String> response = null;
            while (Instant.now().isBefore(giveUp) && host.isAlive()) {
                try {
                    response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/cohorts")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    break;
                } catch (IOException notYet) {
                    Thread.sleep(250);
                }
            }
            assertTrue(response != null, "the host never answered; see local/target/run-local-it.log");
            assertEquals(200, response.statusCode());
            assertEquals("{\"items\":[]}", response.body());

            // the one test on wall time: the host ticks every second by itself, as bin/run-local runs it
            String base = "http://localhost:" + port;
            String token = Json.parseBody(client.send(HttpRequest.newBuilder(URI.create(base + "/_local/tokens"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\": \"c@example.org\", \"groups\": [\"coordinators\"]}"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body()).path("token").asText();
            Instant deadline = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
            HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(base + "/cohorts"))
                    .header("authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(LocalHostIT.cohortBody("Real Time", deadline)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, created.statusCode(), created.body());
            JsonNode cohort = Json.parseBody(created.body());
            while (!cohort.has("closedAt") && Instant.now().isBefore(deadline.plusSeconds(30))) {
                Thread.sleep(200);
                cohort = Json.parseBody(client.send(HttpRequest.newBuilder(URI.create(base + "/cohorts/real-time")).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
            }
            assertEquals(deadline.toString(), cohort.path("closedAt").asText(), "the deadline's schedule never closed the cohort");
            Instant fired = Files.readAllLines(log).stream().filter(line -> line.contains("\"local.scheduler.fired\""))
                    .map(line -> Instant.parse(Json.parseBody(line).path("time").asText())).findFirst().orElseThrow();
            assertTrue(!fired.isBefore(deadline) && fired.isBefore(deadline.plusSeconds(5)),
                    "fired at " + fired + " for a deadline at " + deadline);
        } finally {
            host.destroy();
            host.waitFor();
        }
    }
}
