package example.mentoring.cohort;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.http.JsonFields;
import example.mentoring.outcome.Invalid;
import example.mentoring.text.ReadableTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** A validated request to create a cohort; it cannot exist invalid. */
public record NewCohort(
        CohortId id,
        String name,
        Instant opensAt,
        Instant applicationDeadline,
        LocalDate programStart,
        LocalDate programEnd,
        int defaultMentorCapacity,
        ZoneId timeZone,
        List<CohortId> carryOverFrom) {

    public static final int DEFAULT_MENTOR_CAPACITY = 2;
    private static final List<String> FIELDS = List.of("cohortId", "name", "opensAt", "applicationDeadline",
            "programStart", "programEnd", "defaultMentorCapacity", "timeZone", "carryOverFrom");
    /** The most earlier cohorts one cohort carries its wait list over from. */
    public static final int MAX_CARRY_OVER = 10;

    /** A cohort that carries nothing over. */
    public NewCohort(CohortId id, String name, Instant opensAt, Instant applicationDeadline, LocalDate programStart,
            LocalDate programEnd, int defaultMentorCapacity, ZoneId timeZone) {
        this(id, name, opensAt, applicationDeadline, programStart, programEnd, defaultMentorCapacity, timeZone, List.of());
    }

    /** The rules that hold whatever the time: a request that breaks one cannot be made. */
    public NewCohort {
        Invalid.unless(id != null, "/cohortId", "is required");
        Invalid.unless(name != null && !name.isBlank() && name.length() <= 200, "/name", "must have 1 to 200 characters");
        Invalid.unless(opensAt != null, "/opensAt", "is required");
        Invalid.unless(applicationDeadline != null && opensAt.isBefore(applicationDeadline), "/applicationDeadline",
                "must be after opensAt");
        Invalid.unless(programStart != null && startsAfterDeadline(applicationDeadline, programStart), "/programStart",
                "must not be before the application deadline");
        Invalid.unless(programEnd != null && programStart.isBefore(programEnd), "/programEnd", "must be after programStart");
        Invalid.unless(defaultMentorCapacity >= 1 && defaultMentorCapacity <= 3, "/defaultMentorCapacity",
                "must be from 1 to 3");
        Invalid.unless(timeZone != null && ReadableTime.isZoneId(timeZone.getId()), "/timeZone",
                "must be an IANA time zone such as America/Chicago");
        carryOverFrom = carryOverFrom == null ? List.of() : List.copyOf(carryOverFrom);
        Invalid.unless(carryOverFrom.size() <= MAX_CARRY_OVER, "/carryOverFrom", "must list at most " + MAX_CARRY_OVER + " cohorts");
    }

    private static boolean startsAfterDeadline(Instant deadline, LocalDate programStart) {
        return deadline.isBefore(programStart.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /**
     * Reads and checks a request body at the edge, naming every bad field at once (422); the
     * deadline must be after {@code now}; without a {@code timeZone}, the program's.
     */
    public static NewCohort from(JsonNode body, Instant now, ZoneId programTimeZone) {
        JsonFields fields = JsonFields.of(body).onlyFields(FIELDS);
        Optional<String> id = fields.optionalPattern("cohortId", CohortId.PATTERN,
                "lower-case letters and digits in words joined by '-'", CohortId.MAX_LENGTH);
        String name = fields.requiredString("name", 1, 200);
        Instant opensAt = fields.requiredInstant("opensAt");
        Instant deadline = fields.requiredInstant("applicationDeadline");
        LocalDate programStart = fields.requiredDate("programStart");
        LocalDate programEnd = fields.requiredDate("programEnd");
        int capacity = fields.optionalInt("defaultMentorCapacity", 1, 3).orElse(DEFAULT_MENTOR_CAPACITY);
        Optional<String> zone = fields.optionalString("timeZone", 1, 64);
        zone.ifPresent(zoneId -> fields.check(ReadableTime.isZoneId(zoneId), "/timeZone",
                "must be an IANA time zone such as America/Chicago"));
        List<String> carryOverFrom = fields.optionalPatternList("carryOverFrom", CohortId.PATTERN, "a cohort id",
                CohortId.MAX_LENGTH, MAX_CARRY_OVER);
        if (opensAt != null && deadline != null) {
            fields.check(opensAt.isBefore(deadline), "/applicationDeadline", "must be after opensAt");
        }
        if (deadline != null) {
            fields.check(deadline.isAfter(now), "/applicationDeadline", "must be in the future");
        }
        if (deadline != null && programStart != null) {
            fields.check(startsAfterDeadline(deadline, programStart),
                    "/programStart", "must not be before the application deadline");
        }
        if (programStart != null && programEnd != null) {
            fields.check(programStart.isBefore(programEnd), "/programEnd", "must be after programStart");
        }
        String cohortId = id.orElseGet(() -> name == null ? "" : CohortId.slugOf(name));
        if (id.isEmpty() && name != null) {
            fields.check(CohortId.isValid(cohortId), "/name", "must contain letters or digits to make a cohortId");
        }
        fields.validate();
        return new NewCohort(new CohortId(cohortId), name, opensAt, deadline, programStart, programEnd, capacity,
                zone.map(ZoneId::of).orElse(programTimeZone), carryOverFrom.stream().map(CohortId::new).toList());
    }

    public Cohort toCohort(Instant createdAt) {
        return new Cohort(id, name, opensAt, applicationDeadline, programStart, programEnd,
                defaultMentorCapacity, timeZone, createdAt, Optional.empty(), Optional.empty(), Cohort.ApplicationCounts.NONE);
    }
}
