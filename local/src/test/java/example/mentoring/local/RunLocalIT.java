package example.mentoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import example.mentoring.emulator.MotoServer;
import example.mentoring.emulator.ProjectRoot;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("bin/run-local's launch: the packaged classpath starts the host on its own")
class RunLocalIT {

    @Test
    @DisplayName("a separate JVM started as bin/run-local starts it serves GET /cohorts")
    void startsFromThePackagedClasspath() throws Exception {
        Path root = ProjectRoot.find();
        String classpath = root.resolve("local/target/classes") + java.io.File.pathSeparator
                + Files.readString(root.resolve("local/target/classpath.txt")).strip();
        int port = MotoServer.freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, LocalHost.class.getName())
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(root.resolve("local/target/run-local-it.log").toFile());
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
        } finally {
            host.destroy();
            host.waitFor();
        }
    }
}
