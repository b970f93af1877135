package example.mentoring.audit;

import static example.mentoring.aws.Attributes.n;
import static example.mentoring.aws.Attributes.s;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.PageTokens;
import example.mentoring.aws.Table;
import example.mentoring.paging.Page;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The audit table: entries per scope (a cohort id, or {@link #PROGRAM} for what concerns no one
 * cohort), sorted by time ({@code <epoch millis, 13 digits>#<entryId>}) so a query walks them newest first.
 */
public final class AuditTrail {

    /** The scope of entries that belong to no cohort (a person's data, an erasure across cohorts). */
    public static final String PROGRAM = "#program";

    private final DynamoDbClient dynamo;
    private final String table;

    public AuditTrail(AwsClients aws) {
        this.dynamo = aws.dynamoDb();
        this.table = aws.environment().tableName(Table.AUDIT);
    }

    public void record(AuditEntry entry) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("scope", s(entry.cohortId().orElse(PROGRAM)));
        item.put("entryKey", s(entryKey(entry.at(), entry.entryId())));
        item.put("entryId", s(entry.entryId()));
        entry.cohortId().ifPresent(id -> item.put("cohortId", s(id)));
        item.put("at", n(entry.at().toEpochMilli()));
        item.put("actor", s(entry.actor()));
        item.put("action", s(entry.action().name()));
        item.put("what", s(entry.what()));
        item.put("requestId", s(entry.requestId()));
        dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(entryKey)"));
    }

    /** A scope's entries, newest first: a cohort's, or the program's ({@code cohortId} empty). */
    public Page<AuditEntry> list(Optional<String> cohortId, Page.Request page) {
        String scopeValue = cohortId.orElse(PROGRAM);
        QueryRequest.Builder query = QueryRequest.builder().tableName(table)
                .keyConditionExpression("#scope = :scope")
                .expressionAttributeNames(Map.of("#scope", "scope"))
                .expressionAttributeValues(Map.of(":scope", s(scopeValue)))
                .scanIndexForward(false);
        if (page.limited()) {
            query.limit(page.limit());
        }
        PageTokens.Scope scope = PageTokens.scope("audit", "scope", scopeValue).string("entryKey");
        page.nextToken().map(scope::decode).ifPresent(query::exclusiveStartKey);
        QueryResponse response = dynamo.query(query.build());
        return new Page<>(response.items().stream().map(AuditTrail::toEntry).toList(),
                scope.encode(response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null));
    }

    static String entryKey(Instant at, String entryId) {
        return String.format("%013d#%s", at.toEpochMilli(), entryId);
    }

    private static AuditEntry toEntry(Map<String, AttributeValue> item) {
        return new AuditEntry(item.get("entryId").s(), Optional.ofNullable(item.get("cohortId")).map(AttributeValue::s),
                Instant.ofEpochMilli(Long.parseLong(item.get("at").n())), item.get("actor").s(),
                AuditEntry.Action.valueOf(item.get("action").s()), item.get("what").s(), item.get("requestId").s());
    }
}
