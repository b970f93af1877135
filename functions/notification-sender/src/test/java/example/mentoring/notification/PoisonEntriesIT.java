package example.mentoring.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.emulator.SentEmails;
import example.mentoring.paging.Page;
import example.mentoring.notification.email.EmailRenderer;
import example.mentoring.post.Subscriptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(Moto.class)
@DisplayName("A poison outbox entry is FAILED at once and stalls nothing; the status index is sharded")
class PoisonEntriesIT {

    static final Instant NOW = Instant.parse("2027-02-01T09:00:00Z");

    EmulatedStack stack;
    Map<String, String> environment;
    MutableClock clock;
    AwsClients aws;
    Notifications notifications;
    Outbox outbox;

    @BeforeEach
    void setUp(EmulatedStack stack) {
        this.stack = stack;
        environment = stack.environmentOf("NotificationSenderFunction");
        clock = new MutableClock(NOW);
        aws = new AwsClients(Environment.of(environment));
        notifications = new Notifications(aws);
        outbox = new Outbox(notifications, clock);
    }

    NotificationSender sender() {
        return new NotificationSender(notifications, new Deliverability(new Suppressions(aws), new Subscriptions(aws)),
                new SesMailer(aws), new EmailRenderer(), new example.mentoring.post.PostsForNewsletters(
                        new example.mentoring.post.Posts(aws)), clock);
    }

    void record(String id) {
        aws.dynamoDb().transactWriteItems(r -> r.transactItems(outbox.notify(id, id + "@example.org",
                NotificationSenderIT.acknowledgement("Applicant " + id, id)).sdkItem()));
    }

    /** A pending entry written as a raw item, as an older or broken writer could have left it. */
    void rawPending(String id, String kind, String message) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("notificationId", AttributeValue.fromS(id));
        item.put("status", AttributeValue.fromS("PENDING"));
        item.put("statusShard", Notifications.statusShard(NotificationStatus.PENDING, id));
        item.put("kind", AttributeValue.fromS(kind));
        item.put("recipient", AttributeValue.fromS("poison@example.org"));
        item.put("message", AttributeValue.fromS(message));
        item.put("attempts", AttributeValue.fromN("0"));
        item.put("createdAt", AttributeValue.fromN(Long.toString(NOW.toEpochMilli())));
        item.put("updatedAt", AttributeValue.fromN(Long.toString(NOW.toEpochMilli())));
        item.put("nextAttemptAt", AttributeValue.fromN(Long.toString(NOW.toEpochMilli())));
        aws.dynamoDb().putItem(r -> r.tableName(environment.get("NOTIFICATIONS_TABLE")).item(item));
    }

    Map<String, AttributeValue> raw(String id) {
        return aws.dynamoDb().getItem(r -> r.tableName(environment.get("NOTIFICATIONS_TABLE")).consistentRead(true)
                .key(Map.of("notificationId", AttributeValue.fromS(id)))).item();
    }

    @Test
    @DisplayName("a poison entry beside 50 good ones: the run sends the 50, the poison one is FAILED, the next run doesn't touch it")
    void poisonBesideFiftyGood() {
        for (int i = 0; i < 50; i++) {
            record("ack-" + i);
        }
        rawPending("poison-kind", "NO_SUCH_KIND", "{\"secret\":\"Private Person\"}");
        rawPending("poison-json", "APPLICATION_ACKNOWLEDGED", "{not json at all, Private Person");

        assertEquals(new NotificationSender.Report(50, 0, 2, 0), sender().sendDue());
        assertEquals(50, SentEmails.read(stack.endpoint()).size());
        for (String id : List.of("poison-kind", "poison-json")) {
            Map<String, AttributeValue> poison = raw(id);
            assertEquals("FAILED", poison.get("status").s(), id);
            assertEquals(NotificationStatus.FAILED + "#" + Notifications.shard(id), poison.get("statusShard").s(), id);
            assertEquals("1", poison.get("attempts").n(), id);
            assertFalse(poison.get("lastError").s().contains("Private"), "the error names its class only");
            assertNull(poison.get("claimToken"), "the claim is released");
        }
        assertEquals("IllegalArgumentException", raw("poison-kind").get("lastError").s());
        assertEquals("IllegalStateException", raw("poison-json").get("lastError").s());

        clock.advance(Duration.ofHours(2));
        Map<String, AttributeValue> before = raw("poison-kind");
        assertEquals(new NotificationSender.Report(0, 0, 0, 0), sender().sendDue());
        assertEquals(before, raw("poison-kind"), "the next run leaves it alone");
        assertEquals(50, SentEmails.read(stack.endpoint()).size());
    }

    @Test
    @DisplayName("entries spread over the shards; listing by status pages across them, each entry once, newest first")
    void shardedListing() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add("ack-" + i);
            record("ack-" + i);
            clock.advance(Duration.ofSeconds(1));
        }
        Set<String> shards = new HashSet<>();
        ids.forEach(id -> shards.add(raw(id).get("statusShard").s()));
        assertTrue(shards.size() >= Notifications.SHARDS / 2, "spread over the shards: " + shards);

        List<String> listed = new ArrayList<>();
        Optional<String> token = Optional.empty();
        int pages = 0;
        do {
            Page<Notification> page = notifications.list(NotificationStatus.PENDING, new Page.Request(7, token));
            assertTrue(page.items().size() <= 7);
            page.items().forEach(n -> listed.add(n.notificationId()));
            token = Optional.ofNullable(page.nextToken());
            pages++;
        } while (token.isPresent() && pages < 20);
        assertEquals(ids.reversed(), listed, "each once, newest first");
        assertEquals(30, Page.all(request -> notifications.list(NotificationStatus.PENDING, request)).size());

        assertEquals(new NotificationSender.Report(30, 0, 0, 0), sender().sendDue(), "due asks every shard");
        assertEquals(30, notifications.list(NotificationStatus.SENT, Page.Request.first(50)).items().size());
        assertTrue(notifications.list(NotificationStatus.PENDING, Page.Request.first(50)).items().isEmpty());
    }
}
