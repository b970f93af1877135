package example.mentoring.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

/**
 * Moto in server mode as a child process, on loopback, serving one request at a time (see
 * moto_server.py). The Python tools come from the project's virtual environment, made on first
 * use by bin/python-tools.
 */
public final class MotoServer implements AutoCloseable {

    private final Process process;
    private final URI endpoint;

    private MotoServer(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }

    public static MotoServer start(int port) {
        Path root = ProjectRoot.find();
        String python = pythonWithTools(root);
        try {
            Path script = Files.createTempFile("moto_server", ".py");
            try (InputStream in = MotoServer.class.getResourceAsStream("/emulator/moto_server.py")) {
                Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
            }
            script.toFile().deleteOnExit();
            Path log = root.resolve("target").resolve("moto-" + port + ".log");
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(python, script.toString(), "127.0.0.1", Integer.toString(port))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            MotoServer server = new MotoServer(process, URI.create("http://127.0.0.1:" + port));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            server.awaitReady(Duration.ofSeconds(60), log);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start Moto", e);
        }
    }

    private static String pythonWithTools(Path root) {
        try {
            Process setup = new ProcessBuilder("bash", root.resolve("bin/python-tools").toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            String python = new String(setup.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (setup.waitFor() != 0 || python.isEmpty()) {
                throw new IllegalStateException("bin/python-tools failed: cannot provide Moto");
            }
            return python;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run bin/python-tools", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady(Duration timeout, Path log) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Moto exited at start; see " + log);
            }
            if (isServing(endpoint)) {
                return;
            }
            sleep(100);
        }
        close();
        throw new IllegalStateException("Moto did not answer within " + timeout + "; see " + log);
    }

    /** True when an emulator answers at {@code endpoint}. */
    public static boolean isServing(URI endpoint) {
        try {
            HttpURLConnection connection = (HttpURLConnection) endpoint.resolve("/moto-api/data.json").toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(5000);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status < 500;
        } catch (IOException notYet) {
            return false;
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Wipes every service's state. */
    public static void reset(URI endpoint) {
        try {
            HttpURLConnection connection = (HttpURLConnection) endpoint.resolve("/moto-api/reset").toURL().openConnection();
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.getOutputStream().close();
            if (connection.getResponseCode() != 200) {
                throw new IllegalStateException("Moto reset answered " + connection.getResponseCode());
            }
            connection.disconnect();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reset Moto", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
        }
    }
}
