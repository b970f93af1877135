package example.mentoring.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Configuration comes from one place")
class EnvironmentTest {

    @Test
    @DisplayName("the services' clock ticks in the milliseconds instants are stored with")
    void millisecondClock() {
        // Only meaningful where the platform's clock is finer than a millisecond (Linux: micro-
        // or nanoseconds); on a millisecond clock there is nothing to truncate and it is skipped.
        boolean finer = java.util.stream.IntStream.range(0, 1000)
                .anyMatch(i -> java.time.Clock.systemUTC().instant().getNano() % 1_000_000 != 0);
        org.junit.jupiter.api.Assumptions.assumeTrue(finer, "the platform clock ticks in milliseconds");
        for (int i = 0; i < 100; i++) {
            assertEquals(0, Environment.of(Map.of()).clock().instant().getNano() % 1_000_000);
        }
    }

    @Test
    @DisplayName("a missing table name is named in the error, blank values count as missing")
    void required() {
        Environment environment = Environment.of(Map.of("COHORTS_TABLE", " "));
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> environment.tableName(Table.COHORTS));
        assertEquals("Missing configuration: environment variable COHORTS_TABLE", missing.getMessage());
    }
}
