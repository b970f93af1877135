package example.mentoring.cohort;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.PageTokens;
import example.mentoring.aws.Table;
import example.mentoring.aws.Write;
import example.mentoring.http.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** The cohorts table; the only class that knows how cohorts are stored. */
public final class Cohorts {

    private final DynamoDbTable<CohortItem> table;
    private final DynamoDbIndex<CohortItem> byOpensAt;
    private final AwsClients aws;
    private final String tableName;

    public Cohorts(AwsClients aws) {
        this.aws = aws;
        this.tableName = aws.environment().tableName(Table.COHORTS);
        this.table = aws.enhanced().table(tableName, CohortItem.SCHEMA);
        this.byOpensAt = table.index(CohortItem.BY_OPENS_AT);
    }

    /** The put of a new cohort, for a transaction; {@link CohortExists} when the id is taken. */
    public Write newCohort(Cohort cohort) {
        return Write.put(Put.builder().tableName(tableName)
                .item(CohortItem.SCHEMA.itemToMap(CohortItem.from(cohort), true))
                .conditionExpression("attribute_not_exists(cohortId)").build())
                .refusing(() -> new CohortExists(cohort.id()));
    }

    /** The delete of a cohort, undoing {@link #newCohort} when the rest of a creation failed. */
    public Write removal(CohortId id) {
        return Write.delete(Delete.builder().tableName(tableName)
                .key(Map.of("cohortId", AttributeValue.fromS(id.value()))).build());
    }

    /** The cohort, or {@link CohortNotFound}. */
    public Cohort get(CohortId id) {
        return find(id).orElseThrow(() -> new CohortNotFound(id));
    }

    public Optional<Cohort> find(CohortId id) {
        return Optional.ofNullable(table.getItem(r -> r.key(key(id)).consistentRead(true))).map(CohortItem::toCohort);
    }

    /** Cohorts, newest {@code opensAt} first. */
    public Page<Cohort> list(Page.Request request) {
        var query = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue(CohortItem.LIST_KEY)))
                .scanIndexForward(false);
        if (request.limited()) {
            query.limit(request.limit());
        }
        PageTokens.Scope scope = PageTokens.scope("cohorts/byOpensAt", "listKey", CohortItem.LIST_KEY)
                .string("cohortId").number("opensAt");
        request.nextToken().map(scope::decode).ifPresent(query::exclusiveStartKey);
        var page = byOpensAt.query(query.build()).iterator().next();
        return new Page<>(page.items().stream().map(CohortItem::toCohort).toList(),
                scope.encode(page.lastEvaluatedKey()));
    }

    /** Cohorts whose deadline has passed but whose close was never recorded. */
    public List<CohortId> overdueAt(Instant now) {
        var query = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue(CohortItem.LIST_KEY)))
                .filterExpression(Expression.builder()
                        .expression("attribute_not_exists(closedAt) AND applicationDeadline <= :now")
                        .putExpressionValue(":now", AttributeValue.fromN(Long.toString(now.toEpochMilli())))
                        .build())
                .build();
        List<CohortId> overdue = new ArrayList<>();
        byOpensAt.query(query).forEach(page -> page.items().forEach(item -> overdue.add(new CohortId(item.cohortId))));
        return overdue;
    }

    /**
     * Records the close, once: the condition makes a second close (the schedule and the sweep may
     * both fire) change nothing. False when the cohort was already closed or does not exist.
     */
    public boolean recordClose(CohortId id, Instant closedAt) {
        try {
            aws.dynamoDb().updateItem(UpdateItemRequest.builder()
                    .tableName(tableName)
                    .key(Map.of("cohortId", AttributeValue.fromS(id.value())))
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
                .key(Map.of("cohortId", AttributeValue.fromS(id.value())))
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
                    .key(Map.of("cohortId", AttributeValue.fromS(id.value())))
                    .updateExpression("SET confirmedRunId = :run")
                    .conditionExpression("attribute_exists(cohortId) AND (attribute_not_exists(confirmedRunId) OR confirmedRunId = :run)")
                    .expressionAttributeValues(Map.of(":run", AttributeValue.fromS(runId)))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException anotherRun) {
            return false;
        }
    }

    private static Key key(CohortId id) {
        return Key.builder().partitionValue(id.value()).build();
    }
}
