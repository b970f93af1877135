package example.mentoring.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Dates and times as people read them in the program's emails and pages: in the cohort's time
 * zone, written the way an American association writes them, "Friday, February 24, 2017,
 * 11:59 PM CST" (the zone's abbreviation follows daylight saving time: CST in winter, CDT in
 * summer). Every email that shows a deadline or a date formats it here, with the cohort's
 * {@code timeZone}; never in UTC, never in the server's zone.
 *
 * <pre>{@code
 * ReadableTime chicago = ReadableTime.in(cohort.timeZone());
 * chicago.dateTime(cohort.applicationDeadline());   // "Friday, February 24, 2017, 11:59 PM CST"
 * chicago.date(cohort.programStart());              // "Wednesday, March 15, 2017"
 * }</pre>
 */
public final class ReadableTime {

    /** The program's zone when nothing else is said (the stack's ProgramTimeZone parameter defaults to it too). */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Chicago");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy, h:mm a zzz", Locale.US);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a zzz", Locale.US);
    private static final Set<String> ZONE_IDS = ZoneId.getAvailableZoneIds();

    private final ZoneId zone;

    private ReadableTime(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Times shown in {@code zone}. */
    public static ReadableTime in(ZoneId zone) {
        return new ReadableTime(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** "Friday, February 24, 2017, 11:59 PM CST": an instant, in this zone. */
    public String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    /** "11:59 PM CST": the time of day of an instant, in this zone. */
    public String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    /** "Friday, February 24, 2017": the day an instant falls on, in this zone. */
    public String date(Instant instant) {
        return DATE.format(instant.atZone(zone));
    }

    /** "Friday, February 24, 2017": a calendar day (a program's start or end), which no zone moves. */
    public static String date(LocalDate day) {
        return DATE.format(day);
    }

    /**
     * Whether {@code id} names a time zone of the IANA database ({@code America/Chicago},
     * {@code Europe/Berlin}, {@code UTC}), as people and browsers name them; offsets such as
     * {@code +05:00} or {@code GMT+5} are not zones (they know no daylight saving time).
     */
    public static boolean isZoneId(String id) {
        return id != null && ZONE_IDS.contains(id);
    }
}
