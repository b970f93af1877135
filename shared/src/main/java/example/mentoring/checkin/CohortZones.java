package example.mentoring.checkin;

import example.mentoring.aws.Environment;
import example.mentoring.aws.Setting;
import example.mentoring.cohort.Cohort;
import java.time.ZoneId;

/**
 * The time zone a cohort's people read its times in: where a check-in's "9:00 on its day" is.
 * For now every cohort is in the program's zone ({@code PROGRAM_TIME_ZONE}, the stack's
 * {@code ProgramTimeZone}, default {@code America/Chicago}); once cohorts carry their own
 * {@code timeZone} this seam becomes {@code cohort -> cohort.timeZone()}, and nothing else changes.
 */
@FunctionalInterface
public interface CohortZones {

    String DEFAULT_ZONE = "America/Chicago";

    ZoneId of(Cohort cohort);

    static CohortZones fromEnvironment(Environment environment) {
        ZoneId zone = ZoneId.of(environment.optional(Setting.PROGRAM_TIME_ZONE).filter(z -> !z.isBlank()).orElse(DEFAULT_ZONE));
        return cohort -> zone;
    }
}
