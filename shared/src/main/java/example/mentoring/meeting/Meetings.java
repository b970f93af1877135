package example.mentoring.meeting;

import static example.mentoring.aws.Attributes.s;
import static example.mentoring.aws.Attributes.n;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.PageTokens;
import example.mentoring.aws.Table;
import example.mentoring.aws.Write;
import example.mentoring.paging.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The meetings table: per match, its meetings ({@code MEETING#<date>}: one a day, so a query walks
 * them newest first and both partners' logs of a day meet on one item) and one summary item
 * ({@code SUMMARY}) with the running totals.
 */
public final class Meetings {

    static final String SUMMARY = "SUMMARY";
    static final String MEETING_PREFIX = "MEETING#";

    private final DynamoDbClient dynamo;
    private final String table;

    public Meetings(AwsClients aws) {
        this.dynamo = aws.dynamoDb();
        this.table = aws.environment().tableName(Table.MEETINGS);
    }

    static String sortKey(LocalDate occurredOn) {
        return MEETING_PREFIX + occurredOn;
    }

    /** The put of a new meeting; fails the transaction when this very meeting was logged before. */
    Write add(Meeting meeting) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("matchId", s(meeting.matchId()));
        item.put("meetingKey", s(sortKey(meeting.occurredOn())));
        item.put("meetingId", s(meeting.meetingId()));
        item.put("occurredOn", s(meeting.occurredOn().toString()));
        item.put("durationMinutes", n(meeting.durationMinutes()));
        item.put("format", s(meeting.format()));
        item.put("activities", AttributeValue.fromL(meeting.activities().stream().map(AttributeValue::fromS).toList()));
        meeting.notes().ifPresent(notes -> item.put("notes", s(notes)));
        item.put("loggedBy", AttributeValue.fromL(meeting.loggedBy().stream().map(Meetings::logger).toList()));
        item.put("loggedAt", n(meeting.loggedAt().toEpochMilli()));
        return Write.put(Put.builder().tableName(table).item(item)
                .conditionExpression("attribute_not_exists(meetingKey)").build());
    }

    /**
     * The partner's confirmation of {@code meeting}: their name joins {@code loggedBy}, provided
     * nobody else joined it since it was read.
     */
    Write confirm(Meeting meeting, Meeting.LoggedBy partner) {
        return Write.update(Update.builder().tableName(table)
                .key(Map.of("matchId", s(meeting.matchId()), "meetingKey", s(sortKey(meeting.occurredOn()))))
                .updateExpression("SET loggedBy = list_append(loggedBy, :partner)")
                .conditionExpression("size(loggedBy) = :count")
                .expressionAttributeValues(Map.of(":partner", AttributeValue.fromL(List.of(logger(partner))),
                        ":count", n(meeting.loggedBy().size())))
                .build());
    }

    /**
     * The erasure of one person from a meeting: their entry in {@code loggedBy} names
     * {@code pseudonym}, and the notes go if they wrote them (the first to log the meeting did);
     * the date, minutes, format and activities stay (the engagement figures).
     */
    public Write erase(Meeting meeting, String email, String pseudonym) {
        List<AttributeValue> loggedBy = meeting.loggedBy().stream()
                .map(l -> logger(l.email().equals(email) ? new Meeting.LoggedBy(pseudonym, l.role(), l.at()) : l)).toList();
        boolean wroteNotes = meeting.loggedBy().get(0).email().equals(email);
        return Write.update(Update.builder().tableName(table)
                .key(Map.of("matchId", s(meeting.matchId()), "meetingKey", s(sortKey(meeting.occurredOn()))))
                .updateExpression("SET loggedBy = :loggedBy" + (wroteNotes ? " REMOVE notes" : ""))
                .conditionExpression("size(loggedBy) = :count")
                .expressionAttributeValues(Map.of(":loggedBy", AttributeValue.fromL(loggedBy),
                        ":count", n(meeting.loggedBy().size())))
                .build());
    }

    private static AttributeValue logger(Meeting.LoggedBy logger) {
        return AttributeValue.fromM(Map.of("email", s(logger.email()), "role", s(logger.role()),
                "at", n(logger.at().toEpochMilli())));
    }

    /** The summary as it becomes, written only if nobody changed it since {@code before} was read. */
    Write replaceSummary(MatchEngagement before, MatchEngagement after) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("matchId", s(after.matchId()));
        item.put("meetingKey", s(SUMMARY));
        item.put("meetings", n(after.meetings()));
        item.put("minutes", n(after.minutes()));
        after.lastMeetingOn().ifPresent(d -> item.put("lastMeetingOn", s(d.toString())));
        Map<String, AttributeValue> counts = new HashMap<>();
        after.activityCounts().forEach((k, v) -> counts.put(k, n(v)));
        item.put("activityCounts", AttributeValue.fromM(counts));
        after.lastNudgedAt().ifPresent(t -> item.put("lastNudgedAt", n(t.toEpochMilli())));
        item.put("version", n(after.version()));
        Put.Builder put = Put.builder().tableName(table).item(item);
        if (before.version() == 0) {
            put.conditionExpression("attribute_not_exists(meetingKey) OR version = :v");
        } else {
            put.conditionExpression("version = :v");
        }
        put.expressionAttributeValues(Map.of(":v", n(before.version())));
        return Write.put(put.build());
    }

    /** Records a nudge, only if none was sent since {@code notSince}. */
    Write recordNudge(String matchId, Instant now, Instant notSince) {
        return Write.update(Update.builder().tableName(table)
                .key(Map.of("matchId", s(matchId), "meetingKey", s(SUMMARY)))
                .updateExpression("SET lastNudgedAt = :now ADD version :one")
                .conditionExpression("attribute_not_exists(lastNudgedAt) OR lastNudgedAt < :notSince")
                .expressionAttributeValues(Map.of(":now", n(now.toEpochMilli()), ":one", n(1),
                        ":notSince", n(notSince.toEpochMilli())))
                .build());
    }

    public MatchEngagement engagement(String matchId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of("matchId", s(matchId), "meetingKey", s(SUMMARY)))).item();
        return item == null || item.isEmpty() ? MatchEngagement.none(matchId) : toEngagement(item);
    }

    /** The summaries of many matches at once. */
    public Map<String, MatchEngagement> engagements(List<String> matchIds) {
        Map<String, MatchEngagement> found = new HashMap<>();
        for (int start = 0; start < matchIds.size(); start += 100) {
            List<Map<String, AttributeValue>> keys = matchIds.subList(start, Math.min(matchIds.size(), start + 100))
                    .stream().map(id -> Map.of("matchId", s(id), "meetingKey", s(SUMMARY))).toList();
            Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder().keys(keys).build());
            while (!request.isEmpty()) {
                Map<String, KeysAndAttributes> ask = request;
                var response = dynamo.batchGetItem(r -> r.requestItems(ask));
                response.responses().getOrDefault(table, List.of())
                        .forEach(item -> found.put(item.get("matchId").s(), toEngagement(item)));
                request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
        matchIds.forEach(id -> found.putIfAbsent(id, MatchEngagement.none(id)));
        return found;
    }

    /** The match's meeting of that day, if one was logged. */
    public Optional<Meeting> find(String matchId, LocalDate occurredOn) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of("matchId", s(matchId), "meetingKey", s(sortKey(occurredOn))))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toMeeting(item));
    }

    /** A match's meetings, newest first. */
    public Page<Meeting> list(String matchId, Page.Request page) {
        QueryRequest.Builder query = QueryRequest.builder().tableName(table)
                .keyConditionExpression("matchId = :match AND begins_with(meetingKey, :prefix)")
                .expressionAttributeValues(Map.of(":match", s(matchId), ":prefix", s(MEETING_PREFIX)))
                .scanIndexForward(false);
        if (page.limited()) {
            query.limit(page.limit());
        }
        PageTokens.Scope scope = PageTokens.scope("meetings", "matchId", matchId).prefixed("meetingKey", MEETING_PREFIX);
        page.nextToken().map(scope::decode).ifPresent(query::exclusiveStartKey);
        QueryResponse response = dynamo.query(query.build());
        return new Page<>(response.items().stream().map(Meetings::toMeeting).toList(),
                scope.encode(response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null));
    }

    private static Meeting toMeeting(Map<String, AttributeValue> item) {
        return new Meeting(item.get("meetingId").s(), item.get("matchId").s(), LocalDate.parse(item.get("occurredOn").s()),
                Integer.parseInt(item.get("durationMinutes").n()), item.get("format").s(),
                item.get("activities").l().stream().map(AttributeValue::s).toList(),
                Optional.ofNullable(item.get("notes")).map(AttributeValue::s),
                item.get("loggedBy").l().stream().map(AttributeValue::m).map(l -> new Meeting.LoggedBy(
                        l.get("email").s(), l.get("role").s(), Instant.ofEpochMilli(Long.parseLong(l.get("at").n())))).toList(),
                Instant.ofEpochMilli(Long.parseLong(item.get("loggedAt").n())));
    }

    private static MatchEngagement toEngagement(Map<String, AttributeValue> item) {
        Map<String, Integer> counts = new TreeMap<>();
        Optional.ofNullable(item.get("activityCounts")).map(AttributeValue::m)
                .ifPresent(m -> m.forEach((k, v) -> counts.put(k, Integer.parseInt(v.n()))));
        return new MatchEngagement(item.get("matchId").s(), number(item, "meetings"), number(item, "minutes"),
                Optional.ofNullable(item.get("lastMeetingOn")).map(v -> LocalDate.parse(v.s())), counts,
                Optional.ofNullable(item.get("lastNudgedAt")).map(v -> Instant.ofEpochMilli(Long.parseLong(v.n()))),
                number(item, "version"));
    }

    private static int number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? 0 : Integer.parseInt(value.n());
    }
}
