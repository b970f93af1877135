package example.mentoring.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.Moto;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(Moto.class)
@DisplayName("The deployed jar of confirm-matches")
class LambdaJarIT {

    @Test
    @DisplayName("builds its handler as Lambda does, in a JVM with that jar alone (every class it needs is in it)")
    void buildsHandlerAlone(EmulatedStack stack, @TempDir Path directory) throws Exception {
        Path jar = Path.of("target", "confirm-matches-lambda.jar").toAbsolutePath();
        Path build = Files.writeString(directory.resolve("Build.java"), """
                public class Build {
                    public static void main(String[] args) throws Exception {
                        Class.forName(args[0]).getConstructor().newInstance();
                    }
                }
                """);
        ProcessBuilder process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", jar.toString(), build.toString(), ConfirmMatchesHandler.class.getName()).redirectErrorStream(true);
        process.environment().putAll(stack.environmentOf("ConfirmMatchesFunction"));
        Process started = process.start();
        String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, started.waitFor(), output);
    }
}
