package example.mentoring.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** How a cohort is stored: instants as epoch milliseconds so that conditions can compare them. */
final class CohortItem {

    static final String LIST_KEY = "COHORT";
    static final String BY_OPENS_AT = "byOpensAt";

    static final TableSchema<CohortItem> SCHEMA = StaticTableSchema.builder(CohortItem.class)
            .newItemSupplier(CohortItem::new)
            .addAttribute(String.class, a -> a.name("cohortId").getter(i -> i.cohortId).setter((i, v) -> i.cohortId = v)
                    .tags(StaticAttributeTags.primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("listKey").getter(i -> i.listKey).setter((i, v) -> i.listKey = v)
                    .tags(StaticAttributeTags.secondaryPartitionKey(BY_OPENS_AT)))
            .addAttribute(Long.class, a -> a.name("opensAt").getter(i -> i.opensAt).setter((i, v) -> i.opensAt = v)
                    .tags(StaticAttributeTags.secondarySortKey(BY_OPENS_AT)))
            .addAttribute(String.class, a -> a.name("name").getter(i -> i.name).setter((i, v) -> i.name = v))
            .addAttribute(Long.class, a -> a.name("applicationDeadline").getter(i -> i.applicationDeadline)
                    .setter((i, v) -> i.applicationDeadline = v))
            .addAttribute(String.class, a -> a.name("programStart").getter(i -> i.programStart)
                    .setter((i, v) -> i.programStart = v))
            .addAttribute(String.class, a -> a.name("programEnd").getter(i -> i.programEnd).setter((i, v) -> i.programEnd = v))
            .addAttribute(Integer.class, a -> a.name("defaultMentorCapacity").getter(i -> i.defaultMentorCapacity)
                    .setter((i, v) -> i.defaultMentorCapacity = v))
            .addAttribute(Long.class, a -> a.name("createdAt").getter(i -> i.createdAt).setter((i, v) -> i.createdAt = v))
            .addAttribute(Long.class, a -> a.name("closedAt").getter(i -> i.closedAt).setter((i, v) -> i.closedAt = v))
            .addAttribute(String.class, a -> a.name("confirmedRunId").getter(i -> i.confirmedRunId)
                    .setter((i, v) -> i.confirmedRunId = v))
            .addAttribute(Integer.class, a -> a.name("mentors").getter(i -> i.mentors).setter((i, v) -> i.mentors = v))
            .addAttribute(Integer.class, a -> a.name("mentees").getter(i -> i.mentees).setter((i, v) -> i.mentees = v))
            .addAttribute(Integer.class, a -> a.name("mentorSlots").getter(i -> i.mentorSlots)
                    .setter((i, v) -> i.mentorSlots = v))
            .build();

    String cohortId;
    String listKey;
    Long opensAt;
    String name;
    Long applicationDeadline;
    String programStart;
    String programEnd;
    Integer defaultMentorCapacity;
    Long createdAt;
    Long closedAt;
    String confirmedRunId;
    Integer mentors;
    Integer mentees;
    Integer mentorSlots;

    static CohortItem from(Cohort cohort) {
        CohortItem item = new CohortItem();
        item.cohortId = cohort.id().value();
        item.listKey = LIST_KEY;
        item.opensAt = cohort.opensAt().toEpochMilli();
        item.name = cohort.name();
        item.applicationDeadline = cohort.applicationDeadline().toEpochMilli();
        item.programStart = cohort.programStart().toString();
        item.programEnd = cohort.programEnd().toString();
        item.defaultMentorCapacity = cohort.defaultMentorCapacity();
        item.createdAt = cohort.createdAt().toEpochMilli();
        item.closedAt = cohort.closedAt().map(Instant::toEpochMilli).orElse(null);
        item.confirmedRunId = cohort.confirmedRunId().orElse(null);
        item.mentors = cohort.counts().mentors();
        item.mentees = cohort.counts().mentees();
        item.mentorSlots = cohort.counts().mentorSlots();
        return item;
    }

    Cohort toCohort() {
        return new Cohort(new CohortId(cohortId), name, Instant.ofEpochMilli(opensAt),
                Instant.ofEpochMilli(applicationDeadline), LocalDate.parse(programStart), LocalDate.parse(programEnd),
                defaultMentorCapacity, Instant.ofEpochMilli(createdAt),
                Optional.ofNullable(closedAt).map(Instant::ofEpochMilli), Optional.ofNullable(confirmedRunId),
                new Cohort.ApplicationCounts(orZero(mentors), orZero(mentees), orZero(mentorSlots)));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
