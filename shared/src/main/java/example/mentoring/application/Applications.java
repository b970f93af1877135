package example.mentoring.application;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.PageTokens;
import example.mentoring.aws.Table;
import example.mentoring.aws.Write;
import example.mentoring.paging.Page;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.Update;

/** The applications table; the only class that knows how applications are stored. */
public final class Applications {

    /** What an erased person's name and institution read. */
    public static final String ERASED = "(erased)";
    static final String BY_EMAIL = "byEmail";

    private final DynamoDbClient dynamo;
    private final String table;

    public Applications(AwsClients aws) {
        this.dynamo = aws.dynamoDb();
        this.table = aws.environment().tableName(Table.APPLICATIONS);
    }

    /** The claim on (cohort, role, email): {@link DuplicateApplication} if that applicant applied already. */
    Write claimUniqueness(Application application) {
        return Write.put(Put.builder().tableName(table)
                .item(ApplicationItem.uniqueness(application))
                .conditionExpression("attribute_not_exists(itemKey)").build())
                .refusing(() -> new DuplicateApplication(application.role()));
    }

    Write store(Application application) {
        return Write.put(Put.builder().tableName(table)
                .item(ApplicationItem.toItem(application))
                .conditionExpression("attribute_not_exists(itemKey)").build());
    }

    /** Every application made with this (lower-cased) address, in any cohort: the {@code byEmail} index. */
    public List<Application> ofEmail(String email) {
        List<Application> found = new java.util.ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName(BY_EMAIL)
                        .keyConditionExpression("email = :email")
                        .expressionAttributeValues(Map.of(":email", AttributeValue.fromS(email))))
                .items().forEach(key -> find(key.get("cohortId").s(),
                        key.get("itemKey").s().substring(ApplicationItem.APPLICATION_PREFIX.length())).ifPresent(found::add));
        return found;
    }

    /**
     * The erasure of an application: name, email, institution, position, goals and every
     * demographic field go; what the cohort's figures count (role, library type, region, career
     * stage, capacity, dates) stays. The email becomes {@code pseudonym}, and the uniqueness claim
     * that held the address is deleted.
     */
    public List<Write> erase(Application application, String pseudonym, Instant at) {
        return List.of(
                Write.update(Update.builder().tableName(table)
                        .key(ApplicationItem.key(application.cohortId(), application.applicationId()))
                        .updateExpression("SET #name = :erased, email = :pseudonym, institution = :erased, "
                                + "raceEthnicity = :none, erasedAt = :at REMOVE #position, goals, gender, genderSelfDescribed")
                        .conditionExpression("email = :email")
                        .expressionAttributeNames(Map.of("#name", "name", "#position", "position"))
                        .expressionAttributeValues(Map.of(":erased", AttributeValue.fromS(ERASED),
                                ":pseudonym", AttributeValue.fromS(pseudonym), ":none", AttributeValue.fromL(List.of()),
                                ":at", AttributeValue.fromN(Long.toString(at.toEpochMilli())),
                                ":email", AttributeValue.fromS(application.email())))
                        .build()),
                Write.delete(software.amazon.awssdk.services.dynamodb.model.Delete.builder().tableName(table)
                        .key(ApplicationItem.uniquenessKey(application)).build()));
    }

    public Optional<Application> find(String cohortId, String applicationId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(ApplicationItem.key(cohortId, applicationId))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(ApplicationItem.fromItem(item));
    }

    /**
     * Records that the applicant confirmed their address; the first time is kept, so doing it again
     * changes nothing. Empty when there is no such application.
     */
    public Optional<Application> confirmEmail(String cohortId, String applicationId, Instant at) {
        try {
            Map<String, AttributeValue> item = dynamo.updateItem(r -> r.tableName(table)
                    .key(ApplicationItem.key(cohortId, applicationId))
                    .updateExpression("SET #confirmed = if_not_exists(#confirmed, :at)")
                    .conditionExpression("attribute_exists(itemKey)")
                    .expressionAttributeNames(Map.of("#confirmed", ApplicationItem.EMAIL_CONFIRMED_AT))
                    .expressionAttributeValues(Map.of(":at", AttributeValue.fromN(Long.toString(at.toEpochMilli()))))
                    .returnValues(ReturnValue.ALL_NEW)).attributes();
            return Optional.of(ApplicationItem.fromItem(item));
        } catch (ConditionalCheckFailedException noSuchApplication) {
            return Optional.empty();
        }
    }

    /** A cohort's applications in the order they arrived, optionally of one role. */
    public Page<Application> list(String cohortId, Optional<String> role, Page.Request page) {
        Map<String, String> names = new HashMap<>(Map.of("#key", "itemKey"));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                ":cohort", AttributeValue.fromS(cohortId),
                ":prefix", AttributeValue.fromS(ApplicationItem.APPLICATION_PREFIX)));
        QueryRequest.Builder query = QueryRequest.builder().tableName(table)
                .keyConditionExpression("cohortId = :cohort AND begins_with(#key, :prefix)");
        if (page.limited()) {
            query.limit(page.limit());
        }
        role.ifPresent(r -> {
            names.put("#role", "role");
            values.put(":role", AttributeValue.fromS(r));
            query.filterExpression("#role = :role");
        });
        query.expressionAttributeNames(names).expressionAttributeValues(values);
        PageTokens.Scope scope = PageTokens.scope("applications/role=" + role.orElse("*"), "cohortId", cohortId)
                .prefixed("itemKey", ApplicationItem.APPLICATION_PREFIX);
        page.nextToken().map(scope::decode).ifPresent(query::exclusiveStartKey);
        QueryResponse response = dynamo.query(query.build());
        return new Page<>(response.items().stream().map(ApplicationItem::fromItem).toList(),
                scope.encode(response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null));
    }

    /** Who applied to a cohort, as introductions and invitations need them: no more of each application. */
    public record Contact(String applicationId, String name, String email, List<String> interests) {

        /** Whether the person was erased since (their address is a pseudonym): no longer anyone to contact. */
        public boolean erased() {
            return Application.isPseudonym(email);
        }
    }

    /** The {@link Contact} of every application of a cohort, read page by page with only those fields. */
    public List<Contact> contacts(String cohortId) {
        return dynamo.queryPaginator(r -> r.tableName(table)
                        .keyConditionExpression("cohortId = :cohort AND begins_with(#key, :prefix)")
                        .projectionExpression("applicationId, #name, email, interests")
                        .expressionAttributeNames(Map.of("#key", "itemKey", "#name", "name"))
                        .expressionAttributeValues(Map.of(":cohort", AttributeValue.fromS(cohortId),
                                ":prefix", AttributeValue.fromS(ApplicationItem.APPLICATION_PREFIX))))
                .items().stream().map(item -> new Contact(item.get("applicationId").s(), item.get("name").s(),
                        item.get("email").s(), item.get("interests").l().stream().map(AttributeValue::s).toList()))
                .toList();
    }

    /** Every application of a cohort (for matching), read page by page. */
    public List<Application> all(String cohortId) {
        return Page.all(page -> list(cohortId, Optional.empty(), page));
    }
}
