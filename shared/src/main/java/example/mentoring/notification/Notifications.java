package example.mentoring.notification;

import static example.mentoring.aws.Attributes.s;
import static example.mentoring.aws.Attributes.n;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.ContainsAny;
import example.mentoring.aws.PageTokens;
import example.mentoring.aws.Table;
import example.mentoring.aws.Write;
import example.mentoring.paging.Page;
import example.mentoring.notification.email.EmailKind;
import example.mentoring.notification.email.EmailMessage;
import java.time.Instant;
import java.util.ArrayList;
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

/**
 * The outbox table, and the only class that knows how entries are stored. Entries move between
 * states by conditional updates only, so that two senders never both deliver one entry.
 *
 * <p>The {@value #BY_STATUS} index is keyed by {@code statusShard}, {@code <STATUS>#<n>} with n
 * from the entry's id ({@link #SHARDS} shards), so that a bulk of new entries (a newsletter, a
 * matching run's introductions) spreads over several partitions instead of one per status.
 * Reads by status ask every shard and merge them.
 */
public final class Notifications {

    static final String BY_STATUS = "byStatus";
    static final String BY_RECIPIENT = "byRecipient";
    /** Shards per status in {@value #BY_STATUS}; changing it needs a backfill of {@code statusShard}. */
    static final int SHARDS = 8;

    /**
     * An entry whose stored message cannot be read back (an unknown kind, a missing or malformed
     * field). From {@link #claim} the claim is held, so the sender can mark it FAILED. The
     * exception's message names the error's class only, never the entry's content.
     */
    public static final class Unreadable extends RuntimeException {
        Unreadable(RuntimeException cause) {
            super(cause.getClass().getSimpleName(), null, false, false);
        }
    }

    private final DynamoDbClient dynamo;
    private final String table;

    public Notifications(AwsClients aws) {
        this.dynamo = aws.dynamoDb();
        this.table = aws.environment().tableName(Table.NOTIFICATIONS);
    }

    /** A put of a new PENDING entry, for the caller's transaction; refused if the id exists. */
    Write newEntry(String notificationId, String recipient, EmailMessage message, Instant now) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("notificationId", s(notificationId));
        item.put("status", s(NotificationStatus.PENDING.name()));
        item.put("statusShard", statusShard(NotificationStatus.PENDING, notificationId));
        item.put("kind", s(message.kind().name()));
        item.put("recipient", s(recipient));
        item.put("message", s(EmailMessages.toJson(message)));
        item.put("attempts", n(0));
        item.put("createdAt", n(now.toEpochMilli()));
        item.put("updatedAt", n(now.toEpochMilli()));
        item.put("nextAttemptAt", n(now.toEpochMilli()));
        return Write.put(Put.builder().tableName(table).item(item)
                .conditionExpression("attribute_not_exists(notificationId)").build());
    }

    /** The ids of every entry to this (lower-cased) address, oldest first: the {@code byRecipient} index. */
    public List<String> idsTo(String recipient) {
        List<String> ids = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName(BY_RECIPIENT)
                        .keyConditionExpression("recipient = :recipient")
                        .expressionAttributeValues(Map.of(":recipient", s(recipient))))
                .items().forEach(item -> ids.add(item.get("notificationId").s()));
        return ids;
    }

    /**
     * The ids of entries to other addresses whose message names the person — by address or by
     * name (an introduction names the partner, an ending email the partner's name): a scan, read
     * only by an erasure.
     */
    public List<String> idsMentioning(String address, List<String> mentions) {
        ContainsAny named = mentionsIn(mentions);
        Map<String, AttributeValue> values = new HashMap<>(named.values());
        values.put(":address", s(address));
        List<String> ids = new ArrayList<>();
        dynamo.scanPaginator(r -> r.tableName(table).projectionExpression("notificationId")
                        .filterExpression(named.condition() + " AND recipient <> :address")
                        .expressionAttributeValues(values))
                .items().forEach(item -> ids.add(item.get("notificationId").s()));
        return ids;
    }

    /**
     * Erases a person named in another person's email: not sent yet, the email is dropped (it
     * would carry them); sent, its message goes and its kind, status and times stay.
     */
    public Erased eraseMention(String notificationId, List<String> mentions) {
        Map<String, AttributeValue> key = Map.of("notificationId", s(notificationId));
        ContainsAny named = mentionsIn(mentions);
        Map<String, AttributeValue> pending = new HashMap<>(named.values());
        pending.put(":pending", s(NotificationStatus.PENDING.name()));
        pending.put(":failed", s(NotificationStatus.FAILED.name()));
        try {
            dynamo.deleteItem(r -> r.tableName(table).key(key)
                    .conditionExpression(named.condition() + " AND #status IN (:pending, :failed)")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(pending));
            return Erased.DROPPED;
        } catch (ConditionalCheckFailedException sentOrGone) {
            try {
                dynamo.updateItem(r -> r.tableName(table).key(key)
                        .updateExpression("REMOVE message, lastError")
                        .conditionExpression(named.condition())
                        .expressionAttributeValues(named.values()));
                return Erased.SCRUBBED;
            } catch (ConditionalCheckFailedException gone) {
                return Erased.NOTHING;
            }
        }
    }

    private static ContainsAny mentionsIn(List<String> mentions) {
        return ContainsAny.of("message", ":m", mentions);
    }

    /** What the erasure of an address did to one entry. */
    public enum Erased { DROPPED, SCRUBBED, NOTHING }

    /**
     * Erases an address from one entry: an email not sent yet (PENDING, or FAILED and so
     * retryable) is dropped; a sent or suppressed one keeps its kind, status and times (the
     * outbox's figures) and loses its message, with the address replaced by {@code pseudonym}.
     */
    public Erased erase(String notificationId, String recipient, String pseudonym) {
        Map<String, AttributeValue> key = Map.of("notificationId", s(notificationId));
        try {
            dynamo.deleteItem(r -> r.tableName(table).key(key)
                    .conditionExpression("recipient = :recipient AND #status IN (:pending, :failed)")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":recipient", s(recipient),
                            ":pending", s(NotificationStatus.PENDING.name()), ":failed", s(NotificationStatus.FAILED.name()))));
            return Erased.DROPPED;
        } catch (ConditionalCheckFailedException sentOrGone) {
            try {
                dynamo.updateItem(r -> r.tableName(table).key(key)
                        .updateExpression("SET recipient = :pseudonym REMOVE message, lastError")
                        .conditionExpression("recipient = :recipient")
                        .expressionAttributeValues(Map.of(":recipient", s(recipient), ":pseudonym", s(pseudonym))));
                return Erased.SCRUBBED;
            } catch (ConditionalCheckFailedException gone) {
                return Erased.NOTHING;
            }
        }
    }

    /** The entry, or {@link NotificationNotFound}. */
    public Notification get(String notificationId) {
        return find(notificationId).orElseThrow(() -> new NotificationNotFound(notificationId));
    }

    /** The entry as coordinators see it (readable or not). */
    public Optional<NotificationView> view(String notificationId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of("notificationId", s(notificationId)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toView(item));
    }

    public Optional<Notification> find(String notificationId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of("notificationId", s(notificationId)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toNotification(item));
    }

    /** The {@code statusShard} of an entry in {@code status}. */
    static AttributeValue statusShard(NotificationStatus status, String notificationId) {
        return s(status.name() + "#" + shard(notificationId));
    }

    static int shard(String notificationId) {
        return Math.floorMod(notificationId.hashCode(), SHARDS);
    }

    private QueryRequest.Builder shardQuery(NotificationStatus status, int shard) {
        return QueryRequest.builder().tableName(table).indexName(BY_STATUS)
                .keyConditionExpression("statusShard = :shard")
                .expressionAttributeValues(Map.of(":shard", s(status.name() + "#" + shard)));
    }

    /**
     * Entries in one state, newest first (ties in the order of their shards): every shard is read
     * from its own position and the shards are merged, and the token carries each one's position.
     */
    public Page<Notification> list(NotificationStatus status, Page.Request page) {
        return list(status, page, Notifications::toNotification);
    }

    /**
     * The same list as coordinators see it: an entry whose message cannot be read back is shown
     * too (from its stored fields), so that a poison entry is visible rather than failing the list.
     */
    public Page<NotificationView> views(NotificationStatus status, Page.Request page) {
        return list(status, page, Notifications::toView);
    }

    private <T> Page<T> list(NotificationStatus status, Page.Request page,
                             java.util.function.Function<Map<String, AttributeValue>, T> read) {
        List<PageTokens.Scope> scopes = new ArrayList<>();
        for (int shard = 0; shard < SHARDS; shard++) {
            scopes.add(PageTokens.scope("notifications/" + BY_STATUS, "statusShard", status.name() + "#" + shard)
                    .string("notificationId").number("createdAt"));
        }
        PageTokens.Merged merged = PageTokens.merged("notifications/" + BY_STATUS + "/merged", scopes);
        List<Map<String, AttributeValue>> positions = page.nextToken().map(merged::decode)
                .orElseGet(() -> new ArrayList<>(java.util.Collections.nCopies(SHARDS, null)));
        positions = new ArrayList<>(positions);
        List<java.util.ArrayDeque<Map<String, AttributeValue>>> fetched = new ArrayList<>();
        List<Map<String, AttributeValue>> more = new ArrayList<>();
        for (int shard = 0; shard < SHARDS; shard++) {
            Map<String, AttributeValue> position = positions.get(shard);
            if (position != null && position.isEmpty()) {
                fetched.add(new java.util.ArrayDeque<>());
                more.add(null);
                continue;
            }
            QueryRequest.Builder query = shardQuery(status, shard).scanIndexForward(false);
            if (page.limited()) {
                query.limit(page.limit());
            }
            if (position != null) {
                query.exclusiveStartKey(position);
            }
            QueryResponse response = dynamo.query(query.build());
            fetched.add(new java.util.ArrayDeque<>(response.items()));
            more.add(response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null);
        }
        // A k-way merge that takes from each shard in its own order, so that what is taken from a
        // shard is always a prefix of what it gave, and stops where a shard with more to give ran
        // out of fetched entries (what it holds next could be newer than the other shards' next).
        List<Map<String, AttributeValue>> taken = new ArrayList<>();
        java.util.Map<Integer, Map<String, AttributeValue>> lastTaken = new HashMap<>();
        while (!page.limited() || taken.size() < page.limit()) {
            int best = -1;
            boolean blocked = false;
            for (int shard = 0; shard < SHARDS; shard++) {
                Map<String, AttributeValue> head = fetched.get(shard).peekFirst();
                if (head == null) {
                    blocked |= more.get(shard) != null;
                } else if (best < 0 || newer(head, fetched.get(best).peekFirst())) {
                    best = shard;
                }
            }
            if (blocked || best < 0) {
                break;
            }
            Map<String, AttributeValue> item = fetched.get(best).pollFirst();
            taken.add(item);
            lastTaken.put(best, item);
        }
        for (int shard = 0; shard < SHARDS; shard++) {
            if (fetched.get(shard).isEmpty() && (positions.get(shard) == null || !positions.get(shard).isEmpty())) {
                // Everything it gave was taken: on from where its query stopped, or nothing left.
                positions.set(shard, more.get(shard) == null ? Map.of() : more.get(shard));
            } else if (lastTaken.containsKey(shard)) {
                Map<String, AttributeValue> last = lastTaken.get(shard);
                positions.set(shard, Map.of("notificationId", last.get("notificationId"),
                        "statusShard", last.get("statusShard"), "createdAt", last.get("createdAt")));
            }
        }
        return new Page<>(taken.stream().map(read).toList(), merged.encode(positions));
    }

    private static boolean newer(Map<String, AttributeValue> a, Map<String, AttributeValue> b) {
        return Long.parseLong(a.get("createdAt").n()) > Long.parseLong(b.get("createdAt").n());
    }

    /** Ids of pending entries whose next attempt is due, oldest first, from every shard. */
    List<String> due(Instant now, int max) {
        List<Map<String, AttributeValue>> due = new ArrayList<>();
        for (int shard = 0; shard < SHARDS; shard++) {
            due.addAll(due(shard, now, max));
        }
        return due.stream()
                .sorted(java.util.Comparator.comparingLong(item -> Long.parseLong(item.get("createdAt").n())))
                .limit(max)
                .map(item -> item.get("notificationId").s())
                .toList();
    }

    private List<Map<String, AttributeValue>> due(int shard, Instant now, int max) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder query = QueryRequest.builder().tableName(table).indexName(BY_STATUS)
                    .keyConditionExpression("statusShard = :shard")
                    .filterExpression("nextAttemptAt <= :now")
                    .expressionAttributeValues(Map.of(
                            ":shard", s(NotificationStatus.PENDING.name() + "#" + shard),
                            ":now", n(now.toEpochMilli())))
                    .projectionExpression("notificationId, createdAt")
                    .limit(max);
            if (start != null) {
                query.exclusiveStartKey(start);
            }
            QueryResponse response = dynamo.query(query.build());
            items.addAll(response.items());
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null && items.size() < max);
        return items.size() > max ? items.subList(0, max) : items;
    }

    /**
     * Takes a due entry for one delivery attempt, counting the attempt. Empty when it is not due,
     * not pending, or another sender holds it. {@link Unreadable} when the entry was claimed but
     * its message cannot be read back.
     */
    Optional<Notification> claim(String notificationId, String claimToken, Instant now) {
        try {
            Map<String, AttributeValue> item = dynamo.updateItem(r -> r.tableName(table)
                    .key(Map.of("notificationId", s(notificationId)))
                    .updateExpression("SET claimedUntil = :until, claimToken = :token, updatedAt = :now ADD attempts :one")
                    .conditionExpression("#status = :pending AND nextAttemptAt <= :now"
                            + " AND (attribute_not_exists(claimedUntil) OR claimedUntil <= :now)")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(
                            ":until", n(now.plus(DeliveryPolicy.CLAIM).toEpochMilli()),
                            ":token", s(claimToken),
                            ":now", n(now.toEpochMilli()),
                            ":one", n(1),
                            ":pending", s(NotificationStatus.PENDING.name())))
                    .returnValues(ReturnValue.ALL_NEW)).attributes();
            return Optional.of(toNotification(item));
        } catch (ConditionalCheckFailedException notOurs) {
            return Optional.empty();
        }
    }

    void markSent(String notificationId, String claimToken, String sesMessageId, Instant now) {
        updateClaimed(notificationId, claimToken,
                "SET #status = :sent, statusShard = :statusShard, sentAt = :now, updatedAt = :now, sesMessageId = :messageId"
                        + " REMOVE claimedUntil, claimToken, nextAttemptAt",
                Map.of(":sent", s(NotificationStatus.SENT.name()), ":now", n(now.toEpochMilli()),
                        ":statusShard", statusShard(NotificationStatus.SENT, notificationId),
                        ":messageId", s(sesMessageId)));
    }

    void retryLater(String notificationId, String claimToken, String error, Instant next, Instant now) {
        updateClaimed(notificationId, claimToken,
                "SET nextAttemptAt = :next, lastError = :error, updatedAt = :now REMOVE claimedUntil, claimToken",
                Map.of(":next", n(next.toEpochMilli()), ":error", s(error), ":now", n(now.toEpochMilli())));
    }

    /** Puts a claimed entry back, due at {@code next}, without counting the attempt it was claimed for. */
    void postpone(String notificationId, String claimToken, Instant next) {
        updateClaimed(notificationId, claimToken,
                "SET nextAttemptAt = :next ADD attempts :minusOne REMOVE claimedUntil, claimToken",
                Map.of(":next", n(next.toEpochMilli()), ":minusOne", n(-1)));
    }

    /**
     * A claimed entry that must not go out (its recipient is suppressed or opted out): SUPPRESSED
     * with the reason, and the attempt it was claimed for is not counted, since nothing was tried.
     */
    void suppress(String notificationId, String claimToken, String reason, Instant now) {
        updateClaimed(notificationId, claimToken,
                "SET #status = :suppressed, statusShard = :statusShard, suppressedReason = :reason, updatedAt = :now ADD attempts :minusOne"
                        + " REMOVE claimedUntil, claimToken, nextAttemptAt",
                Map.of(":suppressed", s(NotificationStatus.SUPPRESSED.name()), ":reason", s(reason),
                        ":statusShard", statusShard(NotificationStatus.SUPPRESSED, notificationId),
                        ":now", n(now.toEpochMilli()), ":minusOne", n(-1)));
    }

    void giveUp(String notificationId, String claimToken, String error, Instant now) {
        updateClaimed(notificationId, claimToken,
                "SET #status = :failed, statusShard = :statusShard, lastError = :error, updatedAt = :now REMOVE claimedUntil, claimToken, nextAttemptAt",
                Map.of(":failed", s(NotificationStatus.FAILED.name()), ":error", s(error), ":now", n(now.toEpochMilli()),
                        ":statusShard", statusShard(NotificationStatus.FAILED, notificationId)));
    }

    /** Puts a FAILED entry back to PENDING, due now, with a fresh count of attempts. */
    public boolean retry(String notificationId, Instant now) {
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(Map.of("notificationId", s(notificationId)))
                    .updateExpression("SET #status = :pending, statusShard = :statusShard, attempts = :zero, nextAttemptAt = :now, updatedAt = :now")
                    .conditionExpression("#status = :failed")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":pending", s(NotificationStatus.PENDING.name()),
                            ":failed", s(NotificationStatus.FAILED.name()), ":zero", n(0), ":now", n(now.toEpochMilli()),
                            ":statusShard", statusShard(NotificationStatus.PENDING, notificationId))));
            return true;
        } catch (ConditionalCheckFailedException notFailed) {
            return false;
        }
    }

    private void updateClaimed(String notificationId, String claimToken, String expression,
                               Map<String, AttributeValue> values) {
        Map<String, AttributeValue> all = new HashMap<>(values);
        all.put(":token", s(claimToken));
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(Map.of("notificationId", s(notificationId)))
                    .updateExpression(expression)
                    .conditionExpression("claimToken = :token")
                    .expressionAttributeNames(expression.contains("#status") ? Map.of("#status", "status") : null)
                    .expressionAttributeValues(all));
        } catch (ConditionalCheckFailedException claimLost) {
            // Our claim expired and another sender took the entry over; its outcome stands.
        }
    }

    /** The entry, or {@link Unreadable} if its message cannot be read back. */
    private static Notification toNotification(Map<String, AttributeValue> item) {
        try {
            return readNotification(item);
        } catch (RuntimeException unreadable) {
            throw new Unreadable(unreadable);
        }
    }

    private static NotificationView toView(Map<String, AttributeValue> item) {
        try {
            return NotificationView.of(readNotification(item));
        } catch (RuntimeException unreadable) {
            return new NotificationView(item.get("notificationId").s(), text(item, "kind"), text(item, "recipient"),
                    NotificationStatus.valueOf(item.get("status").s()),
                    item.get("attempts") == null ? 0 : Integer.parseInt(item.get("attempts").n()),
                    text(item, "lastError"), text(item, "suppressedReason"), instant(item.get("createdAt")).orElse(null),
                    instant(item.get("updatedAt")).orElse(null), instant(item.get("nextAttemptAt")).orElse(null),
                    instant(item.get("sentAt")).orElse(null));
        }
    }

    private static String text(Map<String, AttributeValue> item, String attribute) {
        return Optional.ofNullable(item.get(attribute)).map(AttributeValue::s).orElse(null);
    }

    private static Notification readNotification(Map<String, AttributeValue> item) {
        EmailKind kind = EmailKind.valueOf(item.get("kind").s());
        return new Notification(
                item.get("notificationId").s(),
                item.get("recipient").s(),
                EmailMessages.fromJson(kind, item.get("message").s()),
                NotificationStatus.valueOf(item.get("status").s()),
                Integer.parseInt(item.get("attempts").n()),
                instant(item.get("createdAt")).orElseThrow(),
                instant(item.get("updatedAt")).orElseThrow(),
                instant(item.get("nextAttemptAt")),
                instant(item.get("sentAt")),
                Optional.ofNullable(item.get("sesMessageId")).map(AttributeValue::s),
                Optional.ofNullable(item.get("lastError")).map(AttributeValue::s),
                Optional.ofNullable(item.get("suppressedReason")).map(AttributeValue::s));
    }

    private static Optional<Instant> instant(AttributeValue value) {
        return value == null || value.n() == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(Long.parseLong(value.n())));
    }
}
