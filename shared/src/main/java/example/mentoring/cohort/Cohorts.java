package example.mentoring.cohort;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.PageTokens;
import example.mentoring.aws.Setting;
import example.mentoring.aws.Table;
import example.mentoring.aws.Write;
import example.mentoring.paging.Page;
import example.mentoring.text.ReadableTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** The cohorts table; the only class that knows how cohorts are stored. */
public final class Cohorts {

    private final AwsClients aws;
    private final String tableName;
    private final ZoneId programTimeZone;

    public Cohorts(AwsClients aws) {
        this.aws = aws;
        this.tableName = aws.environment().tableName(Table.COHORTS);
        this.programTimeZone = aws.environment().optional(Setting.PROGRAM_TIME_ZONE).map(ZoneId::of)
                .orElse(ReadableTime.DEFAULT_ZONE);
    }

    /**
     * The stack's ProgramTimeZone: a new cohort's zone unless it names one, and the zone of cohorts
     * stored before cohorts had one.
     */
    public ZoneId programTimeZone() {
        return programTimeZone;
    }

    /** The put of a new cohort, for a transaction; {@link CohortExists} when the id is taken. */
    public Write newCohort(Cohort cohort) {
        return newCohort(cohort, List.of());
    }

    /**
     * The put of a new cohort that invites the wait-lists of {@code carryOverFrom} (none: an empty
     * list): its carry-over is pending, in the item itself, until {@link #carryOverInvited}, so that
     * the sweep finishes one whose request stopped half-way ({@link #carryOversPending}).
     */
    public Write newCohort(Cohort cohort, List<CohortId> carryOverFrom) {
        Map<String, AttributeValue> item = new HashMap<>(CohortItem.toItem(cohort));
        if (!carryOverFrom.isEmpty()) {
            item.put(CARRY_OVER_FROM, AttributeValue.fromL(carryOverFrom.stream()
                    .map(id -> AttributeValue.fromS(id.value())).toList()));
        }
        return Write.put(Put.builder().tableName(tableName)
                .item(item)
                .conditionExpression("attribute_not_exists(cohortId)").build())
                .refusing(() -> new CohortExists(cohort.id()));
    }

    static final String CARRY_OVER_FROM = "carryOverFrom";
    static final String CARRY_OVER_INVITED_AT = "carryOverInvitedAt";

    /** A cohort whose carry-over invitations are not all known to be written, and the cohorts it carries over from. */
    public record PendingCarryOver(Cohort cohort, List<CohortId> from) {
    }

    /** Every cohort whose carry-over is pending ({@link #newCohort(Cohort, List)}): a handful at most. */
    public List<PendingCarryOver> carryOversPending() {
        QueryRequest query = byOpensAt()
                .filterExpression("attribute_exists(" + CARRY_OVER_FROM + ") AND attribute_not_exists(" + CARRY_OVER_INVITED_AT + ")")
                .expressionAttributeValues(Map.of(":list", AttributeValue.fromS(CohortItem.LIST_KEY)))
                .build();
        List<PendingCarryOver> pending = new ArrayList<>();
        aws.dynamoDb().queryPaginator(query).items().forEach(item -> pending.add(new PendingCarryOver(
                CohortItem.toCohort(item, programTimeZone),
                item.get(CARRY_OVER_FROM).l().stream().map(id -> new CohortId(id.s())).toList())));
        return pending;
    }

    /** Records that every invitation of the cohort's carry-over is in the outbox: no longer pending. */
    public void carryOverInvited(CohortId id, Instant at) {
        aws.dynamoDb().updateItem(r -> r.tableName(tableName).key(CohortItem.key(id))
                .updateExpression("SET " + CARRY_OVER_INVITED_AT + " = :at")
                .conditionExpression("attribute_exists(cohortId)")
                .expressionAttributeValues(Map.of(":at", AttributeValue.fromN(Long.toString(at.toEpochMilli())))));
    }

    /** The delete of a cohort, undoing {@link #newCohort} when the rest of a creation failed. */
    public Write removal(CohortId id) {
        return Write.delete(Delete.builder().tableName(tableName)
                .key(CohortItem.key(id)).build());
    }

    /** The cohort, or {@link CohortNotFound}. */
    public Cohort get(CohortId id) {
        return find(id).orElseThrow(() -> new CohortNotFound(id));
    }

    public Optional<Cohort> find(CohortId id) {
        Map<String, AttributeValue> item = aws.dynamoDb().getItem(r -> r.tableName(tableName).key(CohortItem.key(id))
                .consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(CohortItem.toCohort(item, programTimeZone));
    }

    /** Cohorts, newest {@code opensAt} first. */
    public Page<Cohort> list(Page.Request request) {
        QueryRequest.Builder query = byOpensAt().scanIndexForward(false);
        if (request.limited()) {
            query.limit(request.limit());
        }
        PageTokens.Scope scope = PageTokens.scope("cohorts/byOpensAt", "listKey", CohortItem.LIST_KEY)
                .string("cohortId").number("opensAt");
        request.nextToken().map(scope::decode).ifPresent(query::exclusiveStartKey);
        QueryResponse page = aws.dynamoDb().query(query.build());
        return new Page<>(page.items().stream().map(item -> CohortItem.toCohort(item, programTimeZone)).toList(),
                scope.encode(page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null));
    }

    /** Cohorts whose deadline has passed but whose close was never recorded. */
    public List<CohortId> overdueAt(Instant now) {
        QueryRequest query = byOpensAt()
                .filterExpression("attribute_not_exists(closedAt) AND applicationDeadline <= :now")
                .expressionAttributeValues(Map.of(":list", AttributeValue.fromS(CohortItem.LIST_KEY),
                        ":now", AttributeValue.fromN(Long.toString(now.toEpochMilli()))))
                .build();
        List<CohortId> overdue = new ArrayList<>();
        aws.dynamoDb().queryPaginator(query).items()
                .forEach(item -> overdue.add(new CohortId(item.get("cohortId").s())));
        return overdue;
    }

    /**
     * Cohorts still open at {@code now} whose deadline is at most {@code ahead} away and whose
     * mentor shortfall was never checked ({@link #shortfallChecked}).
     */
    public List<Cohort> shortfallUncheckedAt(Instant now, Duration ahead) {
        QueryRequest query = byOpensAt()
                .filterExpression("attribute_not_exists(closedAt) AND attribute_not_exists(" + SHORTFALL_CHECKED_AT + ")"
                        + " AND applicationDeadline > :now AND applicationDeadline <= :until")
                .expressionAttributeValues(Map.of(":list", AttributeValue.fromS(CohortItem.LIST_KEY),
                        ":now", AttributeValue.fromN(Long.toString(now.toEpochMilli())),
                        ":until", AttributeValue.fromN(Long.toString(now.plus(ahead).toEpochMilli()))))
                .build();
        List<Cohort> due = new ArrayList<>();
        aws.dynamoDb().queryPaginator(query).items().forEach(item -> due.add(CohortItem.toCohort(item, programTimeZone)));
        return due;
    }

    /**
     * For the transaction of a mentor shortfall check: records it, on condition that it was not
     * checked before and the cohort is still open, so that a check runs (and emails) once.
     */
    public Write shortfallChecked(CohortId id, Instant now) {
        return Write.update(Update.builder().tableName(tableName).key(CohortItem.key(id))
                .updateExpression("SET " + SHORTFALL_CHECKED_AT + " = :now")
                .conditionExpression("attribute_exists(cohortId) AND attribute_not_exists(closedAt)"
                        + " AND attribute_not_exists(" + SHORTFALL_CHECKED_AT + ")")
                .expressionAttributeValues(Map.of(":now", AttributeValue.fromN(Long.toString(now.toEpochMilli()))))
                .build());
    }

    static final String SHORTFALL_CHECKED_AT = "shortfallCheckedAt";

    /**
     * Records the close, once: the condition makes a second close (the schedule and the sweep may
     * both fire) change nothing. False when the cohort was already closed or does not exist.
     */
    public boolean recordClose(CohortId id, Instant closedAt) {
        try {
            aws.dynamoDb().updateItem(UpdateItemRequest.builder()
                    .tableName(tableName)
                    .key(CohortItem.key(id))
                    .updateExpression("SET closedAt = :closedAt")
                    .conditionExpression("attribute_exists(cohortId) AND attribute_not_exists(closedAt)")
                    .expressionAttributeValues(Map.of(":closedAt",
                            AttributeValue.fromN(Long.toString(closedAt.toEpochMilli()))))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException alreadyClosedOrMissing) {
            return false;
        }
    }

    /**
     * The cohort's side of admitting an application, for the application's transaction: counts
     * the applicant, on condition that the cohort is open at {@code now}. A close that lands first
     * makes the whole transaction fail; one that lands after it finds the application counted.
     */
    public Write admit(CohortId id, boolean mentor, int slots, Instant now) {
        return Write.update(Update.builder()
                .tableName(tableName)
                .key(CohortItem.key(id))
                .updateExpression("ADD mentors :mentors, mentees :mentees, mentorSlots :slots")
                .conditionExpression("attribute_exists(cohortId) AND attribute_not_exists(closedAt)"
                        + " AND opensAt <= :now AND applicationDeadline > :now")
                .expressionAttributeValues(Map.of(
                        ":mentors", AttributeValue.fromN(mentor ? "1" : "0"),
                        ":mentees", AttributeValue.fromN(mentor ? "0" : "1"),
                        ":slots", AttributeValue.fromN(Integer.toString(slots)),
                        ":now", AttributeValue.fromN(Long.toString(now.toEpochMilli()))))
                .build());
    }

    /**
     * Marks the cohort as matched by {@code runId}; true also when it already was (a repeated
     * confirmation), false when another run was confirmed first.
     */
    public boolean confirmRun(CohortId id, String runId) {
        try {
            aws.dynamoDb().updateItem(UpdateItemRequest.builder()
                    .tableName(tableName)
                    .key(CohortItem.key(id))
                    .updateExpression("SET confirmedRunId = :run")
                    .conditionExpression("attribute_exists(cohortId) AND (attribute_not_exists(confirmedRunId) OR confirmedRunId = :run)")
                    .expressionAttributeValues(Map.of(":run", AttributeValue.fromS(runId)))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException anotherRun) {
            return false;
        }
    }

    /**
     * The version of the cohort's set of active matches: 0 until a match of a MATCHED cohort ends or
     * a rematch is confirmed, each of which moves it on. A rematch is computed on one version and
     * confirmed only on that one ({@link #startRematch}).
     */
    public long matchesVersion(CohortId id) {
        Map<String, AttributeValue> item = aws.dynamoDb().getItem(r -> r.tableName(tableName).key(CohortItem.key(id))
                .consistentRead(true).projectionExpression(MATCHES_VERSION)).item();
        return item == null || !item.containsKey(MATCHES_VERSION) ? 0 : Long.parseLong(item.get(MATCHES_VERSION).n());
    }

    /** For the transaction that ends a match: the cohort's active matches changed. */
    public Write matchesChanged(CohortId id) {
        return Write.update(Update.builder().tableName(tableName).key(CohortItem.key(id))
                .updateExpression("ADD " + MATCHES_VERSION + " :one")
                .conditionExpression("attribute_exists(cohortId)")
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))
                .build());
    }

    /**
     * Marks the cohort's matches as changed by rematch {@code runId}, provided they are still at
     * {@code basis} (the version the run was computed on); true also when this run did it before (a
     * repeated confirmation), false when the matches changed since the run.
     */
    public boolean startRematch(CohortId id, String runId, long basis) {
        try {
            aws.dynamoDb().updateItem(UpdateItemRequest.builder()
                    .tableName(tableName)
                    .key(CohortItem.key(id))
                    .updateExpression("SET " + MATCHES_VERSION + " = :next, rematchRunId = :run")
                    .conditionExpression("attribute_exists(cohortId) AND (" + MATCHES_VERSION + " = :basis"
                            + (basis == 0 ? " OR attribute_not_exists(" + MATCHES_VERSION + ")" : "") + ")")
                    .expressionAttributeValues(Map.of(":run", AttributeValue.fromS(runId),
                            ":basis", AttributeValue.fromN(Long.toString(basis)),
                            ":next", AttributeValue.fromN(Long.toString(basis + 1))))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException changedSince) {
            Map<String, AttributeValue> item = aws.dynamoDb().getItem(r -> r.tableName(tableName)
                    .key(CohortItem.key(id)).consistentRead(true).projectionExpression("rematchRunId")).item();
            return item != null && item.containsKey("rematchRunId") && item.get("rematchRunId").s().equals(runId);
        }
    }

    static final String MATCHES_VERSION = "matchesVersion";

    /** Records when the cohort's year ended (its matches completed); the first record stands. */
    public void recordCompletion(CohortId id, Instant at) {
        try {
            aws.dynamoDb().updateItem(UpdateItemRequest.builder()
                    .tableName(tableName)
                    .key(CohortItem.key(id))
                    .updateExpression("SET completedAt = :at")
                    .conditionExpression("attribute_exists(cohortId) AND attribute_not_exists(completedAt)")
                    .expressionAttributeValues(Map.of(":at", AttributeValue.fromN(Long.toString(at.toEpochMilli()))))
                    .build());
        } catch (ConditionalCheckFailedException completedBeforeOrGone) {
            // a second firing of the schedule
        }
    }

    /** The query of every cohort by {@code opensAt} (one list partition). */
    private QueryRequest.Builder byOpensAt() {
        return QueryRequest.builder().tableName(tableName).indexName(CohortItem.BY_OPENS_AT)
                .keyConditionExpression("listKey = :list")
                .expressionAttributeValues(Map.of(":list", AttributeValue.fromS(CohortItem.LIST_KEY)));
    }
}
