package example.mentoring.emulator;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An HTTP proxy on a free loopback port in front of the emulator, which never fails on its own:
 * it forwards each request byte for byte, except the calls that a {@link Rule} picks, which get
 * its {@link Fault} instead (an AWS error in the service's wire format, a delay, a reset). It
 * counts the calls it saw and the faults it injected, per operation, for tests to read.
 *
 * <p>Each connection carries one request and is closed after its answer ({@code Connection: close}).
 * Forwarding is serialized, as Moto serves one request at a time anyway; a delay does not hold
 * others up. JDK only; test and local-run support, never deployed.
 */
public final class FaultProxy implements AutoCloseable {

    private static final int MAX_HEAD = 64 * 1024;

    private final URI upstream;
    private final ServerSocket server;
    private final ExecutorService connections = Executors.newThreadPerTaskExecutor(
            Thread.ofPlatform().daemon().name("fault-proxy-", 0).factory());
    private final ReentrantLock forwarding = new ReentrantLock(true);
    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final Map<Operation.Call, AtomicInteger> calls = new ConcurrentHashMap<>();

    private FaultProxy(URI upstream, ServerSocket server) {
        this.upstream = upstream;
        this.server = server;
    }

    /** Starts a proxy to {@code upstream} (e.g. Moto's endpoint) on a free loopback port. */
    public static FaultProxy start(URI upstream) {
        try {
            ServerSocket server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
            FaultProxy proxy = new FaultProxy(upstream, server);
            Thread.ofPlatform().daemon().name("fault-proxy-accept").start(proxy::accept);
            return proxy;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the fault proxy", e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** From now on, {@code fault} answers the calls of {@code operation} that {@code when} picks. Earlier rules go first. */
    public Rule inject(Operation operation, Fault fault, When when) {
        Rule rule = new Rule(operation, fault, when);
        rules.add(rule);
        return rule;
    }

    /** Forgets every rule and count: everything is forwarded again. */
    public void clear() {
        rules.clear();
        calls.clear();
    }

    /** How many calls of {@code operation} arrived, faulted or not. */
    public int calls(Operation operation) {
        return calls.entrySet().stream().filter(e -> operation.matches(e.getKey()))
                .mapToInt(e -> e.getValue().get()).sum();
    }

    /** How many calls of {@code operation} got a fault. */
    public int injected(Operation operation) {
        return rules.stream().filter(r -> r.operation.equals(operation)).mapToInt(Rule::injected).sum();
    }

    /** An operation, the fault its calls get, and which of them; with its counts. */
    public static final class Rule {

        private final Operation operation;
        private final Fault fault;
        private final When when;
        private int matched;
        private int injected;

        Rule(Operation operation, Fault fault, When when) {
            this.operation = operation;
            this.fault = fault;
            this.when = when;
        }

        synchronized boolean fires() {
            matched++;
            if (when.fires(matched)) {
                injected++;
                return true;
            }
            return false;
        }

        public synchronized int matched() {
            return matched;
        }

        public synchronized int injected() {
            return injected;
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                connections.execute(() -> serve(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout(120_000);
            InputStream in = new BufferedInputStream(client.getInputStream());
            Message request = Message.read(in, true);
            if (request == null) {
                return;
            }
            Operation.Call call = request.call();
            calls.computeIfAbsent(call, c -> new AtomicInteger()).incrementAndGet();
            Fault fault = faultFor(call);
            OutputStream out = client.getOutputStream();
            switch (fault) {
                case null -> out.write(forward(request));
                case Fault.Answer answer -> out.write(answer(answer, request.body()));
                case Fault.Delay delay -> {
                    Thread.sleep(delay.delay());
                    out.write(forward(request));
                }
                case Fault.Reset reset -> {
                    reset(client);
                    return;
                }
                case Fault.ResetAfterForwarding reset -> {
                    forward(request);
                    reset(client);
                    return;
                }
            }
            out.flush();
        } catch (IOException | InterruptedException gone) {
            // the client gave up (a timeout) or the proxy is closing
        }
    }

    private Fault faultFor(Operation.Call call) {
        for (Rule rule : rules) {
            if (rule.operation.matches(call) && rule.fires()) {
                return rule.fault;
            }
        }
        return null;
    }

    /** Sends the request as it came and returns the answer with {@code Connection: close}. */
    private byte[] forward(Message request) throws IOException {
        forwarding.lock();
        try (Socket socket = new Socket(upstream.getHost(), upstream.getPort())) {
            socket.setSoTimeout(120_000);
            socket.getOutputStream().write(request.raw());
            socket.getOutputStream().flush();
            Message response = Message.read(new BufferedInputStream(socket.getInputStream()), false);
            if (response == null) {
                throw new IOException("the emulator closed the connection without answering");
            }
            return response.withConnectionClose();
        } finally {
            forwarding.unlock();
        }
    }

    private static byte[] answer(Fault.Answer answer, byte[] requestBody) {
        byte[] body = answer.body().apply(requestBody).getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(answer.status()).append(' ')
                .append(reason(answer.status())).append("\r\n");
        answer.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("x-amzn-RequestId: ").append(UUID.randomUUID()).append("\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n")
                .append("Connection: close\r\n\r\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes(body);
        return bytes.toByteArray();
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Error";
        };
    }

    /** Closes with a TCP reset (RST) rather than an orderly close. */
    private static void reset(Socket client) throws SocketException {
        client.setSoLinger(true, 0);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        connections.shutdownNow();
    }

    /** One HTTP/1.x message as raw bytes, with what the proxy needs to know about it. */
    private record Message(String startLine, List<String> headers, byte[] head, byte[] body) {

        static Message read(InputStream in, boolean isRequest) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    if (head.size() == 0) {
                        return null;
                    }
                    throw new IOException("message ended inside its head");
                }
                head.write(b);
                matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
                if (head.size() > MAX_HEAD) {
                    throw new IOException("head too large");
                }
            }
            String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
            List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
            Message bodiless = new Message(lines[0], headers, head.toByteArray(), new byte[0]);
            return new Message(lines[0], headers, head.toByteArray(), bodiless.readBody(in, isRequest));
        }

        private byte[] readBody(InputStream in, boolean isRequest) throws IOException {
            String length = header("content-length");
            if (length != null) {
                return in.readNBytes(Integer.parseInt(length.strip()));
            }
            if ("chunked".equalsIgnoreCase(header("transfer-encoding"))) {
                return readChunked(in);
            }
            if (isRequest || bodilessResponse()) {
                return new byte[0];
            }
            return in.readAllBytes();
        }

        private boolean bodilessResponse() {
            String[] parts = startLine.split(" ");
            int status = parts.length > 1 ? Integer.parseInt(parts[1]) : 200;
            return status < 200 || status == 204 || status == 304;
        }

        /** The chunked body, decoded (the head is rewritten to say its length when it is sent on). */
        private static byte[] readChunked(InputStream in) throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = line(in);
                int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
                if (size == 0) {
                    while (!line(in).isEmpty()) {
                        // trailers are dropped
                    }
                    return body.toByteArray();
                }
                body.writeBytes(in.readNBytes(size));
                line(in);
            }
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("message ended inside a chunk");
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }

        String header(String name) {
            for (String header : headers) {
                int colon = header.indexOf(':');
                if (colon > 0 && header.substring(0, colon).strip().equalsIgnoreCase(name)) {
                    return header.substring(colon + 1).strip();
                }
            }
            return null;
        }

        Operation.Call call() {
            String[] parts = startLine.split(" ");
            String target = parts.length > 1 ? parts[1] : "/";
            int query = target.indexOf('?');
            return new Operation.Call(parts[0].toUpperCase(Locale.ROOT), query < 0 ? target : target.substring(0, query),
                    header("x-amz-target"));
        }

        /** The message as it came, unless its body was chunked: then with a Content-Length instead. */
        byte[] raw() {
            if (!"chunked".equalsIgnoreCase(header("transfer-encoding"))) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                bytes.writeBytes(head);
                bytes.writeBytes(body);
                return bytes.toByteArray();
            }
            return rewritten(headers.stream().filter(h -> !h.toLowerCase(Locale.ROOT).startsWith("transfer-encoding:"))
                    .toList(), "Content-Length: " + body.length);
        }

        /** The message with its own connection headers replaced by {@code Connection: close} and a known length. */
        byte[] withConnectionClose() {
            List<String> kept = headers.stream().filter(h -> {
                String lower = h.toLowerCase(Locale.ROOT);
                return !lower.startsWith("connection:") && !lower.startsWith("keep-alive:")
                        && !lower.startsWith("transfer-encoding:") && !lower.startsWith("content-length:")
                        && !h.isEmpty();
            }).toList();
            return rewritten(kept, "Content-Length: " + body.length, "Connection: close");
        }

        private byte[] rewritten(List<String> kept, String... added) {
            StringBuilder text = new StringBuilder(startLine).append("\r\n");
            kept.stream().filter(h -> !h.isEmpty()).forEach(h -> text.append(h).append("\r\n"));
            for (String header : added) {
                text.append(header).append("\r\n");
            }
            text.append("\r\n");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(text.toString().getBytes(StandardCharsets.ISO_8859_1));
            bytes.writeBytes(body);
            return bytes.toByteArray();
        }
    }
}
