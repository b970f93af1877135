package example.mentoring.local;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.emulator.MotoServer;
import example.mentoring.emulator.StackTemplate;
import example.mentoring.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A local host of its own (free ports, its own Moto) on a clock the test moves, nothing running
 * in the background ({@link #settle} runs schedules and the outbox when the test says so), and an
 * HTTP client speaking to it: through {@link Prism}'s validating proxy when bin/test asks for it
 * (every answer then checked against openapi.yaml), except the local-only {@code /_local/} routes,
 * JSON bodies Prism could not parse (it would not forward them) and requests built by hand on
 * {@link #base}.
 */
final class LocalApi implements AutoCloseable {

    private final MovableClock clock = new MovableClock();
    private final LocalHost host;
    private final int motoPort;
    private final Optional<Prism> prism;
    private final HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(32)).build();

    LocalApi() {
        this.motoPort = MotoServer.freePort();
        this.host = LocalHost.start(0, Optional.empty(), motoPort, clock, LocalHost.Ticks.ON_DEMAND);
        String user = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass().getSimpleName();
        this.prism = Prism.inFrontOf(base(), user);
    }

    /** The host's clock: moving it makes deadlines and schedules due (then {@link #settle}). */
    MovableClock clock() {
        return clock;
    }

    /** Every table, schedule, user and email gone, the stack provisioned again: a test's empty start. */
    void reset() {
        host.reset();
    }

    /**
     * Runs what AWS runs without a request (due schedules, the outbox's sender, other stream-woken
     * functions) until two runs in a row send no further email: everything that follows from what
     * the test did has happened, and nothing more will.
     */
    void settle() throws Exception {
        int sent = emails().size();
        for (int quiet = 0, runs = 0; quiet < 2; runs++) {
            if (runs == 50) {
                throw new IllegalStateException("still sending emails after 50 runs");
            }
            host.tick();
            int now = emails().size();
            quiet = now == sent ? quiet + 1 : 0;
            sent = now;
        }
    }

    /**
     * The local host's own address, for requests built by hand (raw bytes, odd encodings): Prism
     * parses and re-serializes JSON bodies, so such bytes would not reach the host as sent.
     */
    URI base() {
        return URI.create("http://localhost:" + host.port());
    }

    /** Prism parses a JSON body to validate and forward it; one it cannot parse never reaches the host. */
    private boolean viaPrism(String path, String body, String... headers) {
        if (prism.isEmpty() || path.startsWith("/_local/")) {
            return false;
        }
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase("content-type") && !headers[i + 1].contains("json")) {
                return true;
            }
        }
        try {
            return body == null || Json.parseBody(body) != null;
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    private <T> HttpResponse<T> checked(HttpResponse<T> response) {
        return prism.isPresent() && response.request().uri().getPort() == prism.get().base().getPort()
                ? prism.get().check(response) : response;
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return checked(client.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    /** A client of the local host's DynamoDB (its Moto), to look at what was stored. */
    DynamoDbClient dynamo() {
        return DynamoDbClient.builder()
                .endpointOverride(URI.create("http://localhost:" + motoPort))
                .region(Region.of(StackTemplate.REGION))
                .credentialsProvider(() -> AwsBasicCredentials.create("test", "test"))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    HttpRequest request(String method, String path, String token, String body, String... headers) {
        URI base = viaPrism(path, body, headers) ? prism.orElseThrow().base() : base();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("content-type", "application/json");
        if (token != null) {
            request.header("authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]); // replaces the default content-type
        }
        return request.build();
    }

    HttpResponse<String> send(String method, String path, String token, String body, String... headers) throws Exception {
        return checked(client.send(request(method, path, token, body, headers), HttpResponse.BodyHandlers.ofString()));
    }

    CompletableFuture<HttpResponse<String>> sendAsync(String method, String path, String token, String body) {
        return client.sendAsync(request(method, path, token, body), HttpResponse.BodyHandlers.ofString()).thenApply(this::checked);
    }

    /** A bearer token from the local host, as Cognito would issue one. */
    String token(String email, String... groups) throws Exception {
        return Json.parseBody(send("POST", "/_local/tokens", null,
                Json.write(Map.of("email", email, "groups", List.of(groups)))).body()).path("token").asText();
    }

    /** A bearer token whose {@code email_verified} claim is false, as for an email changed but not confirmed. */
    String unverifiedToken(String email) throws Exception {
        return Json.parseBody(send("POST", "/_local/tokens", null,
                Json.write(Map.of("email", email, "emailVerified", false))).body()).path("token").asText();
    }

    /** What went through the emulated SES, oldest first. */
    List<JsonNode> emails() throws Exception {
        List<JsonNode> found = new ArrayList<>();
        Json.parseBody(send("GET", "/_local/emails", null, null).body()).path("items").forEach(found::add);
        return found;
    }

    @Override
    public void close() {
        prism.ifPresent(Prism::close);
        host.close();
    }
}
