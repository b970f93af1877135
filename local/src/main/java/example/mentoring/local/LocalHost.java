package example.mentoring.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.MotoServer;
import example.mentoring.emulator.ProjectRoot;
import example.mentoring.emulator.StackTemplate;
import example.mentoring.http.ApiResponse;
import example.mentoring.http.Problems;
import example.mentoring.json.Json;
import example.mentoring.log.Log;
import example.mentoring.outcome.FieldError;
import example.mentoring.outcome.Invalid;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.scheduler.SchedulerClient;

/**
 * The backend on one machine, no Docker: an AWS emulator (Moto started on :4566 unless
 * {@code AWS_ENDPOINT_URL} names one, e.g. LocalStack), the stack of template.yaml provisioned in
 * it, the template's HTTP API on :3000 invoking the real handler classes, due schedules fired, and
 * the local-only routes {@code /_local/tokens} and {@code /_local/emails}, and the web app under
 * {@code /app/} (built from {@code web/}). README ("The local host is API Gateway") lists where it
 * still differs from the deployed API.
 */
public final class LocalHost implements AutoCloseable {

    /** Who runs the scheduler's {@link #tick}: a timer every second (a real run), or the caller (tests). */
    public enum Ticks { EVERY_SECOND, ON_DEMAND }

    private final HttpServer server;
    private final LocalScheduler scheduler;
    private final MotoServer moto;
    private final EmulatedStack stack;
    private final LocalFunctions functions;

    private LocalHost(HttpServer server, LocalScheduler scheduler, MotoServer moto, EmulatedStack stack,
                      LocalFunctions functions) {
        this.server = server;
        this.scheduler = scheduler;
        this.moto = moto;
        this.stack = stack;
        this.functions = functions;
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(Optional.ofNullable(System.getenv("PORT")).orElse("3000"));
        Optional<URI> endpoint = Optional.ofNullable(System.getenv("AWS_ENDPOINT_URL")).filter(s -> !s.isBlank()).map(URI::create);
        int motoPort = Integer.parseInt(Optional.ofNullable(System.getenv("MOTO_PORT")).orElse("4566"));
        LocalHost host = start(port, endpoint, motoPort);
        Runtime.getRuntime().addShutdownHook(new Thread(host::close));
        System.out.println("Mentoring API on http://localhost:" + host.port() + ", the web app on http://localhost:"
                + host.port() + "/app/ (emulator "
                + (endpoint.isPresent() ? endpoint.get() : "Moto on :" + motoPort) + "). Ctrl-C stops it.");
    }

    /** Starts everything on the real clock, ticking every second; {@code endpoint} empty means: start Moto on {@code motoPort}. */
    public static LocalHost start(int port, Optional<URI> endpoint, int motoPort) {
        return start(port, endpoint, motoPort, Clock.systemUTC(), Ticks.EVERY_SECOND);
    }

    /**
     * Starts everything on {@code clock}: the authorizer, the functions and the schedules all read
     * it, so a test that moves it makes a deadline pass without waiting.
     */
    public static LocalHost start(int port, Optional<URI> endpoint, int motoPort, Clock clock, Ticks ticks) {
        MotoServer moto = endpoint.isPresent() ? null : MotoServer.start(motoPort);
        URI emulator = endpoint.orElseGet(moto::endpoint);
        StackTemplate template = StackTemplate.load();
        EmulatedStack stack = new EmulatedStack(template, emulator).provision();
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        } catch (IOException e) {
            if (moto != null) {
                moto.close();
            }
            throw new IllegalStateException("Cannot listen on port " + port, e);
        }
        String self = "http://localhost:" + server.getAddress().getPort();
        LocalFunctions functions = new LocalFunctions(stack, Map.of("API_BASE_URL", self), clock);
        LocalTokens tokens = new LocalTokens(clock);
        HttpBridge bridge = new HttpBridge(template, functions, tokens, clock);
        LocalEmails emails = new LocalEmails(emulator);
        SchedulerClient schedulerClient = SchedulerClient.builder()
                .endpointOverride(emulator)
                .region(Region.of(StackTemplate.REGION))
                .credentialsProvider(() -> AwsBasicCredentials.create("test", "test"))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        LocalScheduler scheduler = new LocalScheduler(schedulerClient, template.scheduleGroups(), functions, clock);
        server.setExecutor(Executors.newFixedThreadPool(16));
        WebApp web = new WebApp(ProjectRoot.find().resolve("web/dist"));
        server.createContext("/", exchange -> handle(exchange, bridge, tokens, emails, web));
        server.start();
        scheduler.register(template.functions());
        if (ticks == Ticks.EVERY_SECOND) {
            scheduler.everySecond();
        }
        return new LocalHost(server, scheduler, moto, stack, functions);
    }

    /**
     * Once, now, on the caller's thread: fires the schedules due on the host's clock, runs the
     * stream-woken functions (the outbox's sender among them) and the rate triggers that are due.
     */
    public void tick() {
        scheduler.tick();
    }

    /** Empties the emulator this host started (every table, schedule, user and email) and provisions the stack again. */
    public void reset() {
        if (moto == null) {
            throw new IllegalStateException("Only an emulator the host started is reset, never one it was pointed at");
        }
        MotoServer.reset(stack.endpoint());
        stack.provision();
        functions.reload(); // the user pool has a new id
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void handle(HttpExchange exchange, HttpBridge bridge, LocalTokens tokens, LocalEmails emails, WebApp web) {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            ApiResponse response;
            try {
                if (path.equals("/_local/tokens") && method.equals("POST")) {
                    response = issueToken(tokens, new String(body, StandardCharsets.UTF_8));
                } else if (path.equals("/_local/emails") && method.equals("GET")) {
                    response = ApiResponse.ok(emails.list());
                } else if (WebApp.serves(method, path)) {
                    response = web.answer(path);
                } else {
                    response = bridge.serve(exchange, body);
                }
            } catch (RuntimeException e) {
                response = Problems.toResponse(e);
            }
            write(exchange, response);
        } catch (IOException e) {
            Log.warn("local.exchange.failed", Map.of("exception", e.getClass().getSimpleName()));
        }
    }

    private static ApiResponse issueToken(LocalTokens tokens, String body) {
        JsonNode request = Json.parseBody(body);
        String email = request.path("email").asText("").strip();
        List<String> groups = new ArrayList<>();
        request.path("groups").forEach(g -> groups.add(g.asText()));
        List<FieldError> errors = new ArrayList<>();
        if (!email.contains("@")) {
            errors.add(new FieldError("/email", "must be an email address"));
        }
        JsonNode emailVerified = request.path("emailVerified");
        if (!emailVerified.isMissingNode() && !emailVerified.isBoolean()) {
            errors.add(new FieldError("/emailVerified", "must be true or false"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return ApiResponse.ok(Map.of("token", tokens.issue(email, emailVerified.asBoolean(true), groups)));
    }

    private static void write(HttpExchange exchange, ApiResponse response) throws IOException {
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        boolean empty = bytes.length == 0 || response.status() == 204 || response.status() == 304;
        exchange.sendResponseHeaders(response.status(), empty ? -1 : bytes.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        scheduler.close();
        server.stop(0);
        if (moto != null) {
            moto.close();
        }
    }
}
