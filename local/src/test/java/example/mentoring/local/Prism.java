package example.mentoring.local;

import example.mentoring.emulator.MotoServer;
import example.mentoring.emulator.ProjectRoot;
import example.mentoring.json.Json;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stoplight Prism's validating proxy ({@code prism proxy openapi.yaml <local host>}) in front of a
 * test's local host, when the system property {@code prism} names its executable (bin/test
 * installs it from tools/prism and sets it). Prism validates every answer against openapi.yaml and
 * lists what it finds in an {@code sl-violations} header; {@link #check} fails the test on any
 * violation located in the response.
 *
 * <p>Not {@code --errors}: with it Prism stops forwarding a request that lacks the bearer token
 * of a secured operation (it answers its own 401 problem+json) or that matches no operation (its
 * own 404), so the local host's real answers (the authorizer's 401, HTTP API's 404) would never be
 * checked. Without it everything is forwarded and the header still names every violation. Requests
 * are not validated ({@code --validate-request=false}): tests send invalid ones on purpose, and the
 * functions answer them. Prism's CORS handling is off: the deployed API's CORS is API Gateway's.
 */
final class Prism implements AutoCloseable {

    private static final Path SUMMARY = ProjectRoot.find().resolve("local/target/prism/summary.tsv");

    private final Process process;
    private final URI base;
    private final String name;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger violations = new AtomicInteger();
    private final AtomicInteger outsideContract = new AtomicInteger();

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
                    "--validate-request=false", "--cors=false", "--verboseLevel=warn")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Prism prism = new Prism(process, URI.create("http://127.0.0.1:" + port), name);
            long started = System.nanoTime();
            prism.awaitListening(log);
            System.out.printf("Prism in front of %s for %s: listening after %d ms%n", upstream, name,
                    (System.nanoTime() - started) / 1_000_000);
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

    /**
     * Counts a response that came through Prism and fails on any violation of openapi.yaml that
     * Prism found in it. Findings about the request (a missing token, a route the contract does not
     * have: tests send such requests on purpose) are not the response's.
     */
    <T> HttpResponse<T> check(HttpResponse<T> response) {
        requests.incrementAndGet();
        Optional<String> header = response.headers().firstValue("sl-violations");
        if (header.isEmpty()) {
            return response;
        }
        if (outsideContract(header.get())) {
            outsideContract.incrementAndGet();
        }
        List<String> found = inResponse(header.get());
        if (!found.isEmpty()) {
            violations.incrementAndGet();
            throw new AssertionError("openapi.yaml does not describe the answer to " + response.request().method() + " "
                    + response.request().uri().getRawPath() + " (" + response.statusCode() + "): " + found);
        }
        return response;
    }

    /** The violations an {@code sl-violations} value locates in the response (all of them when Prism cut the list short). */
    static List<String> inResponse(String header) {
        if (!header.startsWith("[")) {
            return List.of(header); // "Too many violations! ..."
        }
        List<String> found = new ArrayList<>();
        Json.parseBody(header).forEach(v -> {
            if ("response".equals(v.path("location").path(0).asText())) {
                found.add(v.toString());
            }
        });
        return found;
    }

    /** Whether Prism found no operation of openapi.yaml for the request (it forwards it all the same). */
    static boolean outsideContract(String header) {
        return header.startsWith("[") && Json.parseBody(header).findValuesAsText("message").contains("Selected route not found");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            Files.writeString(SUMMARY, name + "\t" + requests.get() + "\t" + violations.get() + "\t" + outsideContract.get() + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
