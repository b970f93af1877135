package example.mentoring.cohort;

import java.time.Instant;
import java.time.LocalDate;

/** A cohort as the API shows it to anyone: public fields and the status at the time of asking. */
public record CohortView(
        String cohortId,
        String name,
        CohortStatus status,
        Instant opensAt,
        Instant applicationDeadline,
        LocalDate programStart,
        LocalDate programEnd,
        int defaultMentorCapacity,
        String timeZone,
        Instant closedAt) {

    public static CohortView of(Cohort cohort, Instant now) {
        return new CohortView(cohort.id().value(), cohort.name(), cohort.statusAt(now), cohort.opensAt(),
                cohort.applicationDeadline(), cohort.programStart(), cohort.programEnd(),
                cohort.defaultMentorCapacity(), cohort.timeZone().getId(), cohort.closedAt().orElse(null));
    }
}
