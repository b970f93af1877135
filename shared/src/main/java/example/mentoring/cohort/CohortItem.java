package example.mentoring.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How a cohort is stored: instants as epoch milliseconds so that conditions can compare them; a
 * cohort stored before cohorts had a time zone reads as in the program's.
 */
final class CohortItem {

    static final String LIST_KEY = "COHORT";
    static final String BY_OPENS_AT = "byOpensAt";

    private CohortItem() {
    }

    static Map<String, AttributeValue> key(CohortId id) {
        return Map.of("cohortId", AttributeValue.fromS(id.value()));
    }

    static Map<String, AttributeValue> toItem(Cohort cohort) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("cohortId", AttributeValue.fromS(cohort.id().value()));
        item.put("listKey", AttributeValue.fromS(LIST_KEY));
        item.put("opensAt", millis(cohort.opensAt()));
        item.put("name", AttributeValue.fromS(cohort.name()));
        item.put("applicationDeadline", millis(cohort.applicationDeadline()));
        item.put("programStart", AttributeValue.fromS(cohort.programStart().toString()));
        item.put("programEnd", AttributeValue.fromS(cohort.programEnd().toString()));
        item.put("defaultMentorCapacity", number(cohort.defaultMentorCapacity()));
        item.put("timeZone", AttributeValue.fromS(cohort.timeZone().getId()));
        item.put("createdAt", millis(cohort.createdAt()));
        cohort.closedAt().ifPresent(closed -> item.put("closedAt", millis(closed)));
        cohort.confirmedRunId().ifPresent(run -> item.put("confirmedRunId", AttributeValue.fromS(run)));
        item.put("mentors", number(cohort.counts().mentors()));
        item.put("mentees", number(cohort.counts().mentees()));
        item.put("mentorSlots", number(cohort.counts().mentorSlots()));
        return item;
    }

    static Cohort toCohort(Map<String, AttributeValue> item, ZoneId programTimeZone) {
        return new Cohort(new CohortId(item.get("cohortId").s()), item.get("name").s(), instant(item, "opensAt").orElseThrow(),
                instant(item, "applicationDeadline").orElseThrow(), LocalDate.parse(item.get("programStart").s()),
                LocalDate.parse(item.get("programEnd").s()), Integer.parseInt(item.get("defaultMentorCapacity").n()),
                Optional.ofNullable(item.get("timeZone")).map(v -> ZoneId.of(v.s())).orElse(programTimeZone),
                instant(item, "createdAt").orElseThrow(), instant(item, "closedAt"),
                Optional.ofNullable(item.get("confirmedRunId")).map(AttributeValue::s),
                new Cohort.ApplicationCounts(count(item, "mentors"), count(item, "mentees"), count(item, "mentorSlots")));
    }

    private static AttributeValue millis(Instant instant) {
        return AttributeValue.fromN(Long.toString(instant.toEpochMilli()));
    }

    private static AttributeValue number(int value) {
        return AttributeValue.fromN(Integer.toString(value));
    }

    private static Optional<Instant> instant(Map<String, AttributeValue> item, String name) {
        return Optional.ofNullable(item.get(name)).map(v -> Instant.ofEpochMilli(Long.parseLong(v.n())));
    }

    private static int count(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? 0 : Integer.parseInt(value.n());
    }
}
