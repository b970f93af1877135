package example.mentoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.ProjectRoot;
import example.mentoring.emulator.StackTemplate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each deployed jar, alone on a JVM's class path as in Lambda: it builds its handler with the
 * constructor Lambda calls and runs the SnapStart priming registered there, which serves every one
 * of its routes (or its event) through the handler. A class the jar lacks (a trimmed dependency, an
 * SDK module its pom forgot) fails here rather than at a deployed function's first call.
 */
@ExtendWith(Moto.class)
@DisplayName("Every deployed jar, alone on the class path")
class LambdaJarsIT {

    static final Path ROOT = ProjectRoot.find();

    static Stream<String> functions() {
        return StackTemplate.load().functions().stream().map(StackTemplate.Function::logicalId);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    @DisplayName("builds its handler and primes every route without a missing class or a failed step")
    void buildsAndPrimesAlone(String logicalId, EmulatedStack stack, @TempDir Path directory) throws Exception {
        StackTemplate.Function function = stack.template().functions().stream()
                .filter(f -> f.logicalId().equals(logicalId)).findFirst().orElseThrow();
        Path jar = jarOf(function);
        Path prime = Files.writeString(directory.resolve("Prime.java"), """
                public class Prime {
                    public static void main(String[] args) throws Exception {
                        Class.forName(args[0]).getConstructor().newInstance();
                        example.mentoring.priming.Primer.primeRegistered();
                    }
                }
                """);
        ProcessBuilder process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", jar.toString(), prime.toString(), function.handlerClass()).redirectErrorStream(true);
        process.environment().remove("JAVA_TOOL_OPTIONS");
        process.environment().putAll(stack.environmentOf(function));
        Process started = process.start();
        String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, started.waitFor(), output);
        assertFalse(output.contains("priming.step.failed"), output);
        assertFalse(output.contains("NoClassDefFoundError") || output.contains("ClassNotFoundException"), output);
    }

    static Path jarOf(StackTemplate.Function function) throws IOException {
        JsonNode resources = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("template.yaml").toFile())
                .path("Resources");
        return ROOT.resolve(resources.path(function.logicalId()).path("Properties").path("CodeUri").asText());
    }
}
