package example.mentoring.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pure core stays pure: no AWS SDK, no Lambda types, no clock reads in these packages. */
@org.junit.jupiter.api.DisplayName("The pure core uses no AWS, Lambda types or clock")
class PureCoreTest {

    static final Path SOURCES = Path.of("src/main/java/example/mentoring");
    static final List<String> FORBIDDEN = List.of("import software.amazon.", "import com.amazonaws.",
            "import example.mentoring.aws.", "Instant.now()", "Clock.systemUTC()", "System.getenv(");

    @ParameterizedTest(name = "{0} uses no AWS, Lambda or clock")
    @ValueSource(strings = {"matchengine", "notification/email", "text", "outcome", "report"})
    void pure(String pkg) throws IOException {
        Path folder = SOURCES.resolve(pkg);
        assertTrue(Files.isDirectory(folder), "no package " + pkg + ": the rule would check nothing");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> sources = files.filter(f -> f.toString().endsWith(".java")).toList();
            assertFalse(sources.isEmpty(), pkg + " has no sources");
            for (Path source : sources) {
                String text = Files.readString(source);
                for (String forbidden : FORBIDDEN) {
                    assertFalse(text.contains(forbidden), source + " contains " + forbidden);
                }
            }
        }
    }

    /** Services speak in domain refusals; only the HTTP edge turns them into problems. */
    @org.junit.jupiter.api.Test
    void onlyTheEdgeMakesProblems() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                boolean edge = source.startsWith(SOURCES.resolve("http")) || source.startsWith(SOURCES.resolve("idempotency"));
                String text = Files.readString(source);
                assertFalse(!edge && (text.contains("import example.mentoring.http.Problem;")
                        || text.contains("import example.mentoring.http.Problems;")), source + " makes HTTP problems");
            }
        }
    }
}
