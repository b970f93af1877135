package example.mentoring.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A check-in goes out at 9:00 on its day in the cohort's time zone, or at once when that has passed")
class CheckInSchedulesTest {

    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Test
    @DisplayName("9:00 Central is 15:00 UTC in winter and 14:00 UTC in summer")
    void nineLocal() {
        assertEquals(Instant.parse("2027-01-11T15:00:00Z"), CheckInSchedules.sendAt(LocalDate.parse("2027-01-11"), CHICAGO));
        assertEquals(Instant.parse("2027-07-12T14:00:00Z"), CheckInSchedules.sendAt(LocalDate.parse("2027-07-12"), CHICAGO));
        assertEquals(Instant.parse("2027-03-14T14:00:00Z"), CheckInSchedules.sendAt(LocalDate.parse("2027-03-14"), CHICAGO),
                "the day clocks spring forward");
    }

    @Test
    @DisplayName("ahead: the zone's local 9:00 with the zone; passed (even by a second): the next whole second in UTC")
    void expression() {
        Instant before = Instant.parse("2027-04-05T13:59:59.500Z");
        assertEquals(Map.entry("at(2027-04-05T09:00:00)", "America/Chicago"),
                CheckInSchedules.when(LocalDate.parse("2027-04-05"), CHICAGO, before));
        assertEquals(Map.entry("at(2027-04-05T14:00:01)", "UTC"),
                CheckInSchedules.when(LocalDate.parse("2027-04-05"), CHICAGO, Instant.parse("2027-04-05T14:00:00Z")));
        assertEquals(Map.entry("at(2027-05-01T10:15:31)", "UTC"),
                CheckInSchedules.when(LocalDate.parse("2027-04-05"), CHICAGO, Instant.parse("2027-05-01T10:15:30.250Z")));
    }
}
