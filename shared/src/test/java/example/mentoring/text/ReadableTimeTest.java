package example.mentoring.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Times people read: in the cohort's zone, as an American association writes them")
class ReadableTimeTest {

    static final ReadableTime CHICAGO = ReadableTime.in(ZoneId.of("America/Chicago"));

    @Test
    @DisplayName("a deadline reads \"Friday, February 24, 2017, 11:59 PM CST\"")
    void theAssociationsWay() {
        assertEquals("Friday, February 24, 2017, 11:59 PM CST", CHICAGO.dateTime(Instant.parse("2017-02-24T23:59:59-06:00")));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @DisplayName("around the spring and fall changes the abbreviation follows daylight saving time (CST, CDT)")
    @CsvSource(delimiter = '|', value = {
            // 2027: DST starts Sunday March 14 at 2:00 CST (08:00Z), ends Sunday November 7 at 2:00 CDT (07:00Z).
            "2027-03-14T07:59:00Z | Sunday, March 14, 2027, 1:59 AM CST",
            "2027-03-14T08:00:00Z | Sunday, March 14, 2027, 3:00 AM CDT",
            "2027-11-07T06:59:00Z | Sunday, November 7, 2027, 1:59 AM CDT",
            "2027-11-07T07:00:00Z | Sunday, November 7, 2027, 1:00 AM CST",
            "2027-07-04T17:00:00Z | Sunday, July 4, 2027, 12:00 PM CDT",
            "2027-01-01T06:00:00Z | Friday, January 1, 2027, 12:00 AM CST"})
    void daylightSavingTime(String instant, String expected) {
        assertEquals(expected, CHICAGO.dateTime(Instant.parse(instant)));
    }

    @Test
    @DisplayName("the same instant reads in each cohort's own zone, and the day can differ")
    void eachZoneItsOwn() {
        Instant instant = Instant.parse("2027-03-01T05:30:00Z");
        assertEquals("Sunday, February 28, 2027, 11:30 PM CST", CHICAGO.dateTime(instant));
        assertEquals("Sunday, February 28, 2027, 9:30 PM PST", ReadableTime.in(ZoneId.of("America/Los_Angeles")).dateTime(instant));
        assertEquals("Monday, March 1, 2027, 12:30 AM EST", ReadableTime.in(ZoneId.of("America/New_York")).dateTime(instant));
        assertEquals("Sunday, February 28, 2027", CHICAGO.date(instant));
        assertEquals("11:30 PM CST", CHICAGO.time(instant));
    }

    @Test
    @DisplayName("a calendar day reads without a zone (a program's first day is that day everywhere)")
    void calendarDay() {
        assertEquals("Wednesday, March 15, 2017", ReadableTime.date(LocalDate.parse("2017-03-15")));
    }

    @Test
    @DisplayName("the program's default zone is America/Chicago")
    void defaultZone() {
        assertEquals(ZoneId.of("America/Chicago"), ReadableTime.DEFAULT_ZONE);
    }

    @ParameterizedTest(name = "{0} is a zone")
    @ValueSource(strings = {"America/Chicago", "America/New_York", "Pacific/Honolulu", "Europe/Berlin", "UTC"})
    void zones(String id) {
        assertTrue(ReadableTime.isZoneId(id));
    }

    @ParameterizedTest(name = "\"{0}\" is not a zone")
    @ValueSource(strings = {"", "Chicago", "america/chicago", "Mars/Olympus_Mons", "CST", "+05:00", "GMT+5", "UTC+1", "Z"})
    void notZones(String id) {
        assertFalse(ReadableTime.isZoneId(id));
    }
}
