package example.mentoring.local;

import example.mentoring.emulator.MotoServer;
import example.mentoring.emulator.ProjectRoot;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stoplight Prism's validating proxy ({@code prism proxy openapi.yaml <local host>}) in front of a
 * test's local host, when the system property {@code prism} names its executable (bin/test
 * installs it from tools/prism and sets it). Every response that openapi.yaml does not describe
 * comes back with an {@code sl-violations} header (and, with {@code --errors}, as Prism's own
 * 500): {@link #check} fails the test on it. Requests are not validated ({@code
 * --validate-request=false}): tests send invalid ones on purpose, and the functions answer them.
 * Prism's CORS handling is off, as the deployed API's CORS is API Gateway's, not the contract's.
 */
final class Prism implements AutoCloseable {

    private static final Path SUMMARY = ProjectRoot.find().resolve("local/target/prism/summary.tsv");

    private final Process process;
    private final URI base;
    private final String name;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger violations = new AtomicInteger();

    private Prism(Process process, URI base, String name) {
        this.process = process;
        this.base = base;
        this.name = name;
    }

    /** Prism in front of {@code upstream}, or empty when the {@code prism} property is not set. */
    static Optional<Prism> inFrontOf(URI upstream, String name) {
        String executable = System.getProperty("prism", "");
        if (executable.isBlank()) {
            return Optional.empty();
        }
        int port = MotoServer.freePort();
        Path log = SUMMARY.resolveSibling(name + ".log");
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(executable, "proxy",
                    ProjectRoot.find().resolve("openapi.yaml").toString(), upstream.toString(),
                    "--host", "127.0.0.1", "--port", Integer.toString(port),
                    "--errors", "--validate-request=false", "--cors=false", "--verboseLevel=warn")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Prism prism = new Prism(process, URI.create("http://127.0.0.1:" + port), name);
            prism.awaitListening(log);
            return Optional.of(prism);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start Prism (" + executable + ")", e);
        }
    }

    private void awaitListening(Path log) throws IOException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (!listening()) {
            if (!process.isAlive() || Instant.now().isAfter(giveUp)) {
                process.destroyForcibly();
                throw new IllegalStateException("Prism did not start listening on " + base + ": " + Files.readString(log));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    URI base() {
        return base;
    }

    /** Counts a response that came through Prism and fails on any violation of openapi.yaml it reports. */
    <T> HttpResponse<T> check(HttpResponse<T> response) {
        requests.incrementAndGet();
        List<String> found = response.headers().allValues("sl-violations");
        if (!found.isEmpty()) {
            violations.incrementAndGet();
            throw new AssertionError("openapi.yaml does not describe the answer to " + response.request().method() + " "
                    + response.request().uri().getRawPath() + " (" + response.statusCode() + "): " + found);
        }
        return response;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            Files.writeString(SUMMARY, name + "\t" + requests.get() + "\t" + violations.get() + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
