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
