package example.mentoring.checkin;

import static example.mentoring.aws.Attributes.n;
import static example.mentoring.aws.Attributes.s;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.PageTokens;
import example.mentoring.aws.Table;
import example.mentoring.aws.Write;
import example.mentoring.paging.Page;
import example.mentoring.json.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The check-ins table: per check-in ({@code checkInId}), its header ({@code CHECK_IN}, the only
 * item with a {@code cohortId}, so the {@code byCohort} index lists headers alone) and one item per
 * participant it was sent to ({@code RESPONDENT#<respondentId>}) holding their answers. Questions
 * and answers are stored as JSON strings: read whole, never queried.
 */
public final class CheckIns {

    static final String HEADER = "CHECK_IN";
    static final String RESPONDENT_PREFIX = "RESPONDENT#";

    private final DynamoDbClient dynamo;
    private final String table;

    public CheckIns(AwsClients aws) {
        this.dynamo = aws.dynamoDb();
        this.table = aws.environment().tableName(Table.CHECK_INS);
    }

    private static Map<String, AttributeValue> key(String checkInId, String itemKey) {
        return Map.of("checkInId", s(checkInId), "itemKey", s(itemKey));
    }

    Write add(CheckIn checkIn) {
        Map<String, AttributeValue> item = new HashMap<>(key(checkIn.checkInId(), HEADER));
        item.put("cohortId", s(checkIn.cohortId()));
        item.put("title", s(checkIn.title()));
        item.put("sendOn", s(checkIn.sendOn().toString()));
        item.put("sendAt", n(checkIn.sendAt().toEpochMilli()));
        item.put("questions", s(Json.write(checkIn.questions())));
        item.put("createdAt", n(checkIn.createdAt().toEpochMilli()));
        return Write.put(Put.builder().tableName(table).item(item)
                .conditionExpression("attribute_not_exists(itemKey)").build());
    }

    /** Undoes {@link #add} when the check-in's schedule could not be made (nothing was sent: no respondents). */
    Write removal(String checkInId) {
        return Write.delete(Delete.builder().tableName(table).key(key(checkInId, HEADER)).build());
    }

    public Optional<CheckIn> find(String checkInId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(key(checkInId, HEADER))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toCheckIn(item));
    }

    /** A cohort's check-ins, newest first (ids are ULIDs: creation order). */
    public Page<CheckIn> ofCohort(String cohortId, Page.Request page) {
        QueryRequest.Builder query = QueryRequest.builder().tableName(table).indexName("byCohort")
                .keyConditionExpression("cohortId = :cohort")
                .expressionAttributeValues(Map.of(":cohort", s(cohortId)))
                .scanIndexForward(false);
        if (page.limited()) {
            query.limit(page.limit());
        }
        PageTokens.Scope scope = PageTokens.scope("check-ins/byCohort", "cohortId", cohortId)
                .string("checkInId").prefixed("itemKey", HEADER);
        page.nextToken().map(scope::decode).ifPresent(query::exclusiveStartKey);
        QueryResponse response = dynamo.query(query.build());
        return new Page<>(response.items().stream().map(CheckIns::toCheckIn).toList(),
                scope.encode(response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null));
    }

    /** The put of one recipient; refused when the check-in was sent to them before. */
    Write invite(Respondent respondent) {
        Map<String, AttributeValue> item = new HashMap<>(key(respondent.checkInId(),
                RESPONDENT_PREFIX + respondent.respondentId()));
        item.put("respondentId", s(respondent.respondentId()));
        item.put("email", s(respondent.email()));
        return Write.put(Put.builder().tableName(table).item(item)
                .conditionExpression("attribute_not_exists(itemKey)").build());
    }

    /** Records that the check-in went out (the first time only). */
    void markSent(String checkInId, Instant at) {
        dynamo.updateItem(r -> r.tableName(table).key(key(checkInId, HEADER))
                .updateExpression("SET sentAt = if_not_exists(sentAt, :at)")
                .conditionExpression("attribute_exists(itemKey)")
                .expressionAttributeValues(Map.of(":at", n(at.toEpochMilli()))));
    }

    public Optional<Respondent> respondent(String checkInId, String respondentId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(key(checkInId, RESPONDENT_PREFIX + respondentId))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toRespondent(item));
    }

    /** Everyone the check-in was sent to, with their answers. */
    public List<Respondent> respondents(String checkInId) {
        List<Respondent> all = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder query = QueryRequest.builder().tableName(table).consistentRead(true)
                    .keyConditionExpression("checkInId = :id AND begins_with(itemKey, :prefix)")
                    .expressionAttributeValues(Map.of(":id", s(checkInId), ":prefix", s(RESPONDENT_PREFIX)));
            if (start != null) {
                query.exclusiveStartKey(start);
            }
            QueryResponse response = dynamo.query(query.build());
            response.items().forEach(item -> all.add(toRespondent(item)));
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
        } while (start != null);
        return all;
    }

    /** Replaces a recipient's answers; false when there is no such recipient. */
    boolean answer(String checkInId, String respondentId, Map<String, Object> answers, Instant at) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(key(checkInId, RESPONDENT_PREFIX + respondentId))
                    .updateExpression("SET answers = :answers, answeredAt = :at")
                    .conditionExpression("attribute_exists(itemKey)")
                    .expressionAttributeValues(Map.of(":answers", s(Json.write(answers)), ":at", n(at.toEpochMilli()))));
            return true;
        } catch (ConditionalCheckFailedException noSuchRespondent) {
            return false;
        }
    }

    /** The questions as stored (an array of {@link Question}s as {@code Json.write} wrote them). */
    private static List<Question> questions(JsonNode stored) {
        List<Question> questions = new java.util.ArrayList<>();
        for (JsonNode question : stored) {
            List<String> options = new java.util.ArrayList<>();
            question.path("options").forEach(option -> options.add(option.asText()));
            questions.add(new Question(question.path("questionId").asText(), question.path("text").asText(),
                    QuestionKind.valueOf(question.path("kind").asText()), options));
        }
        return questions;
    }

    private static CheckIn toCheckIn(Map<String, AttributeValue> item) {
        try {
            return new CheckIn(item.get("checkInId").s(), item.get("cohortId").s(), item.get("title").s(),
                    LocalDate.parse(item.get("sendOn").s()), instant(item.get("sendAt")),
                    questions(Json.parse(item.get("questions").s())), instant(item.get("createdAt")),
                    Optional.ofNullable(item.get("sentAt")).map(CheckIns::instant));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored check-in's questions are unreadable", e);
        }
    }

    /** Every check-in sent to this address, with its answers (index byEmail: a person's data and its erasure). */
    public List<Respondent> sentTo(String email) {
        List<Respondent> found = new java.util.ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName("byEmail").keyConditionExpression("email = :email")
                        .expressionAttributeValues(Map.of(":email", s(email))))
                .items().forEach(item -> found.add(toRespondent(item)));
        return found;
    }

    /**
     * The erasure of a recipient: the address becomes {@code pseudonym}, so the answers stay in
     * the results (which never name anyone) but lead to nobody.
     */
    public Write eraseRecipient(Respondent respondent, String pseudonym) {
        return Write.update(software.amazon.awssdk.services.dynamodb.model.Update.builder().tableName(table)
                .key(key(respondent.checkInId(), RESPONDENT_PREFIX + respondent.respondentId()))
                .updateExpression("SET email = :pseudonym")
                .conditionExpression("email = :email")
                .expressionAttributeValues(Map.of(":pseudonym", s(pseudonym), ":email", s(respondent.email())))
                .build());
    }

    private static Respondent toRespondent(Map<String, AttributeValue> item) {
        try {
            Map<String, Object> answers = item.containsKey("answers")
                    ? Json.plainObject(Json.parse(item.get("answers").s())) : Map.of();
            return new Respondent(item.get("checkInId").s(), item.get("respondentId").s(), item.get("email").s(),
                    answers, Optional.ofNullable(item.get("answeredAt")).map(CheckIns::instant));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored check-in answer is unreadable", e);
        }
    }

    private static Instant instant(AttributeValue value) {
        return Instant.ofEpochMilli(Long.parseLong(value.n()));
    }
}
