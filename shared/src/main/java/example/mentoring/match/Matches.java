package example.mentoring.match;

import static example.mentoring.aws.Attributes.n;
import static example.mentoring.aws.Attributes.s;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.PageTokens;
import example.mentoring.aws.Table;
import example.mentoring.aws.Write;
import example.mentoring.paging.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Update;

/** The matches table, with indexes by cohort and by each participant's email. */
public final class Matches {

    private final DynamoDbClient dynamo;
    private final String table;

    public Matches(AwsClients aws) {
        this.dynamo = aws.dynamoDb();
        this.table = aws.environment().tableName(Table.MATCHES);
    }

    /** The put of a new match; fails the transaction if it exists (a confirmation resumed). */
    public Write add(Match match) {
        return Write.put(Put.builder().tableName(table).item(toItem(match))
                .conditionExpression("attribute_not_exists(matchId)").build());
    }

    public Optional<Match> find(String matchId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of("matchId", AttributeValue.fromS(matchId)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    public Page<Match> ofCohort(String cohortId, Page.Request page) {
        QueryRequest.Builder query = QueryRequest.builder().tableName(table).indexName("byCohort")
                .keyConditionExpression("cohortId = :cohort")
                .expressionAttributeValues(Map.of(":cohort", AttributeValue.fromS(cohortId)));
        if (page.limited()) {
            query.limit(page.limit());
        }
        PageTokens.Scope scope = PageTokens.scope("matches/byCohort", "cohortId", cohortId).string("matchId");
        page.nextToken().map(scope::decode).ifPresent(query::exclusiveStartKey);
        QueryResponse response = dynamo.query(query.build());
        return new Page<>(response.items().stream().map(Matches::fromItem).toList(),
                scope.encode(response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null));
    }

    /** Every match of a cohort. */
    public List<Match> allOfCohort(String cohortId) {
        return Page.all(page -> ofCohort(cohortId, page));
    }

    /**
     * The erasure of one side of a match: the participant's name and email become the erased
     * marker and {@code pseudonym}; the pair, its dates and score stay (the cohort's figures).
     */
    public Write erase(Match match, String email, String pseudonym) {
        String side = match.mentorEmail().equals(email) ? "mentor" : "mentee";
        // why the match ended early is free text about the pair: it goes too
        String reason = match.ending().isPresent() ? ", endReason = :erased" : "";
        return Write.update(software.amazon.awssdk.services.dynamodb.model.Update.builder().tableName(table)
                .key(Map.of("matchId", AttributeValue.fromS(match.matchId())))
                .updateExpression("SET " + side + "Name = :erased, " + side + "Email = :pseudonym" + reason)
                .conditionExpression(side + "Email = :email")
                .expressionAttributeValues(Map.of(":erased", AttributeValue.fromS(example.mentoring.application.Applications.ERASED),
                        ":pseudonym", AttributeValue.fromS(pseudonym), ":email", AttributeValue.fromS(email)))
                .build());
    }

    /** The matches someone is part of, as mentor or as mentee, newest first. */
    public List<Match> ofParticipant(String email) {
        List<Match> found = new ArrayList<>();
        for (String[] index : new String[][] {{"byMentorEmail", "mentorEmail"}, {"byMenteeEmail", "menteeEmail"}}) {
            dynamo.queryPaginator(r -> r.tableName(table).indexName(index[0])
                            .keyConditionExpression(index[1] + " = :email")
                            .expressionAttributeValues(Map.of(":email", AttributeValue.fromS(email))))
                    .items().forEach(item -> found.add(fromItem(item)));
        }
        found.sort(java.util.Comparator.comparing(Match::createdAt).reversed());
        return found;
    }

    /** The matches of a cohort that are still running (a rematch works around them; the year's end completes them). */
    public List<Match> activeOfCohort(String cohortId) {
        return allOfCohort(cohortId).stream().filter(Match::isActive).toList();
    }

    /** The pair's goals replaced by {@code goals} (a PUT: the last one wins), provided the match is still active. */
    public Write replaceGoals(String matchId, List<Goal> goals) {
        return Write.update(Update.builder().tableName(table).key(key(matchId))
                .updateExpression("SET goals = :goals")
                .conditionExpression("attribute_exists(matchId) AND (attribute_not_exists(#status) OR #status = :active)")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":goals", goalsItem(goals), ":active", s(MatchStatus.ACTIVE.name())))
                .build());
    }

    /** The match ended early as {@code ending} says, provided it is still active. */
    public Write end(String matchId, MatchEnding ending) {
        return Write.update(Update.builder().tableName(table).key(key(matchId))
                .updateExpression("SET #status = :ended, endedAt = :at, endedBy = :by, endReason = :reason")
                .conditionExpression("attribute_exists(matchId) AND (attribute_not_exists(#status) OR #status = :active)")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":ended", s(MatchStatus.ENDED.name()),
                        ":active", s(MatchStatus.ACTIVE.name()), ":at", n(ending.endedAt().toEpochMilli()),
                        ":by", s(ending.endedBy()), ":reason", s(ending.reason())))
                .build());
    }

    /** The match completed at the year's end, provided it is still active. */
    public Write complete(String matchId) {
        return Write.update(Update.builder().tableName(table).key(key(matchId))
                .updateExpression("SET #status = :completed")
                .conditionExpression("attribute_exists(matchId) AND (attribute_not_exists(#status) OR #status = :active)")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":completed", s(MatchStatus.COMPLETED.name()),
                        ":active", s(MatchStatus.ACTIVE.name())))
                .build());
    }

    private static Map<String, AttributeValue> key(String matchId) {
        return Map.of("matchId", s(matchId));
    }

    private static AttributeValue goalsItem(List<Goal> goals) {
        return AttributeValue.fromL(goals.stream().map(goal -> {
            Map<String, AttributeValue> item = new HashMap<>();
            item.put("goalId", s(goal.goalId()));
            item.put("text", s(goal.text()));
            goal.competency().ifPresent(c -> item.put("competency", s(c.name())));
            item.put("status", s(goal.status().name()));
            return AttributeValue.fromM(item);
        }).toList());
    }

    private static List<Goal> goalsOf(AttributeValue goals) {
        if (goals == null) {
            return List.of();
        }
        return goals.l().stream().map(AttributeValue::m).map(g -> new Goal(g.get("goalId").s(), g.get("text").s(),
                Optional.ofNullable(g.get("competency")).map(c -> Competency.valueOf(c.s())),
                Goal.Status.valueOf(g.get("status").s()))).toList();
    }

    private static Map<String, AttributeValue> toItem(Match m) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("matchId", s(m.matchId()));
        item.put("cohortId", s(m.cohortId()));
        item.put("runId", s(m.runId()));
        item.put("mentorApplicationId", s(m.mentorApplicationId()));
        item.put("menteeApplicationId", s(m.menteeApplicationId()));
        item.put("mentorName", s(m.mentorName()));
        item.put("mentorEmail", s(m.mentorEmail()));
        item.put("menteeName", s(m.menteeName()));
        item.put("menteeEmail", s(m.menteeEmail()));
        item.put("score", AttributeValue.fromN(Integer.toString(m.score())));
        item.put("sharedInterests", AttributeValue.fromL(m.sharedInterests().stream().map(AttributeValue::fromS).toList()));
        item.put("startsOn", s(m.startsOn().toString()));
        item.put("createdAt", AttributeValue.fromN(Long.toString(m.createdAt().toEpochMilli())));
        item.put("status", s(m.status().name()));
        item.put("goals", goalsItem(m.goals()));
        m.ending().ifPresent(ending -> {
            item.put("endedAt", n(ending.endedAt().toEpochMilli()));
            item.put("endedBy", s(ending.endedBy()));
            item.put("endReason", s(ending.reason()));
        });
        return item;
    }

    private static Match fromItem(Map<String, AttributeValue> item) {
        return new Match(item.get("matchId").s(), item.get("cohortId").s(), item.get("runId").s(),
                item.get("mentorApplicationId").s(), item.get("menteeApplicationId").s(),
                item.get("mentorName").s(), item.get("mentorEmail").s(),
                item.get("menteeName").s(), item.get("menteeEmail").s(),
                Integer.parseInt(item.get("score").n()),
                item.get("sharedInterests").l().stream().map(AttributeValue::s).toList(),
                LocalDate.parse(item.get("startsOn").s()),
                Instant.ofEpochMilli(Long.parseLong(item.get("createdAt").n())),
                // matches confirmed before the year's statuses were kept are active
                Optional.ofNullable(item.get("status")).map(v -> MatchStatus.valueOf(v.s())).orElse(MatchStatus.ACTIVE),
                goalsOf(item.get("goals")),
                Optional.ofNullable(item.get("endedAt")).map(at -> new MatchEnding(
                        Instant.ofEpochMilli(Long.parseLong(at.n())), item.get("endedBy").s(), item.get("endReason").s())));
    }
}
