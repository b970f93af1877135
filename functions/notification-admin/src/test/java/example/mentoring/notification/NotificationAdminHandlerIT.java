package example.mentoring.notification;

import static example.mentoring.emulator.EventFixtures.as;
import static example.mentoring.emulator.EventFixtures.http;
import static example.mentoring.emulator.EventFixtures.withPathParameter;
import static example.mentoring.emulator.EventFixtures.withQuery;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.json.Json;
import example.mentoring.notification.email.Newsletter;
import example.mentoring.notification.email.WaitListNotice;
import example.mentoring.post.Subscriptions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(Moto.class)
@DisplayName("Coordinators list outbox entries by state and retry failed ones")
class NotificationAdminHandlerIT {

    static final Instant NOW = Instant.parse("2027-02-01T09:00:00Z");

    MutableClock clock;
    NotificationAdminHandler handler;
    AwsClients aws;
    Map<String, String> environment;

    @BeforeEach
    void setUp(EmulatedStack stack) {
        clock = new MutableClock(NOW);
        environment = stack.environmentOf("NotificationAdminFunction");
        aws = new AwsClients(Environment.of(environment));
        handler = new NotificationAdminHandler(Environment.of(environment), clock);
        Outbox outbox = new Outbox(new Notifications(aws), clock);
        for (String id : List.of("wait-1", "wait-2", "wait-3")) {
            aws.dynamoDb().transactWriteItems(r -> r.transactItems(outbox.notify(id, id + "@example.org",
                    new WaitListNotice("ALSC Mentoring Program", "Fall 2027", "Applicant " + id)).sdkItem()));
            clock.advance(java.time.Duration.ofSeconds(1));
        }
        // wait-2 has given up: as the sender leaves an entry after its last attempt
        aws.dynamoDb().updateItem(r -> r.tableName(environment.get("NOTIFICATIONS_TABLE"))
                .key(Map.of("notificationId", AttributeValue.fromS("wait-2")))
                .updateExpression("SET #s = :failed, statusShard = :shard, attempts = :six, lastError = :error REMOVE nextAttemptAt")
                .expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":failed", AttributeValue.fromS("FAILED"),
                        ":shard", Notifications.statusShard(NotificationStatus.FAILED, "wait-2"),
                        ":six", AttributeValue.fromN("6"), ":error", AttributeValue.fromS("MessageRejectedException"))));
    }

    APIGatewayV2HTTPResponse call(APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(event, null);
    }

    static JsonNode body(APIGatewayV2HTTPResponse response) {
        return Json.parseBody(response.getBody());
    }

    @Test
    @DisplayName("pending entries newest first; failed ones with their attempts and last error")
    void lists() {
        JsonNode pending = body(call(withQuery(http("notification-admin/list-failed.json"), Map.of("status", "PENDING"))));
        assertEquals(List.of("wait-3", "wait-1"), pending.path("items").findValuesAsText("notificationId"));
        JsonNode failed = body(call(http("notification-admin/list-failed.json"))).path("items").get(0);
        assertEquals("wait-2", failed.path("notificationId").asText());
        assertEquals("WAIT_LIST_NOTICE", failed.path("kind").asText());
        assertEquals("wait-2@example.org", failed.path("recipient").asText());
        assertEquals(6, failed.path("attempts").asInt());
        assertEquals("MessageRejectedException", failed.path("lastError").asText());
        assertEquals(422, call(withQuery(http("notification-admin/list-failed.json"), Map.of("status", "LOST"))).getStatusCode());
    }

    @Test
    @DisplayName("a retry makes a FAILED entry PENDING and due now; anything else is 409 or 404")
    void retries() {
        APIGatewayV2HTTPResponse retried = call(withPathParameter(http("notification-admin/retry.json"), "notificationId", "wait-2"));
        assertEquals(200, retried.getStatusCode(), retried.getBody());
        assertEquals("PENDING", body(retried).path("status").asText());
        assertEquals(0, body(retried).path("attempts").asInt());
        assertEquals(clock.instant().toString(), body(retried).path("nextAttemptAt").asText());

        APIGatewayV2HTTPResponse again = call(withPathParameter(http("notification-admin/retry.json"), "notificationId", "wait-2"));
        assertEquals(409, again.getStatusCode());
        assertEquals("https://mentoring.example/problems/not-failed", body(again).path("type").asText());
        assertEquals(404, call(withPathParameter(http("notification-admin/retry.json"), "notificationId", "nope")).getStatusCode());
    }

    /** Makes an entry look as the sender leaves it: FAILED after its attempts, or SUPPRESSED. */
    void markAs(String id, String status) {
        aws.dynamoDb().updateItem(r -> r.tableName(environment.get("NOTIFICATIONS_TABLE"))
                .key(Map.of("notificationId", AttributeValue.fromS(id)))
                .updateExpression("SET #s = :status, statusShard = :shard, attempts = :six, lastError = :error REMOVE nextAttemptAt")
                .expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":status", AttributeValue.fromS(status),
                        ":shard", Notifications.statusShard(NotificationStatus.valueOf(status), id),
                        ":six", AttributeValue.fromN("6"), ":error", AttributeValue.fromS("MessageRejectedException"))));
    }

    void queueNewsletter(String id, String recipient) {
        Outbox outbox = new Outbox(new Notifications(aws), clock);
        aws.dynamoDb().transactWriteItems(r -> r.transactItems(outbox.notify(id, recipient,
                new Newsletter("ALSC Mentoring Program", "Dana Whitfield", "Spring news", "<p>News.</p>", "News.",
                        "https://mentoring.example/posts/spring-news",
                        "https://api.mentoring.example/unsubscribe?token=abc.def")).sdkItem()));
    }

    APIGatewayV2HTTPResponse retry(String id) {
        return call(withPathParameter(http("notification-admin/retry.json"), "notificationId", id));
    }

    @Test
    @DisplayName("a FAILED newsletter to someone who opted out since, or to a suppressed address, is not retried: 409, nothing changes")
    void retryRefusedForSuppressedRecipients() {
        queueNewsletter("news-1", "dana@example.net");
        markAs("news-1", "FAILED");
        Notification before = new Notifications(aws).find("news-1").orElseThrow();
        Subscriptions subscriptions = new Subscriptions(aws);
        subscriptions.unsubscribe(subscriptions.subscriberId("dana@example.net"), clock.instant());

        APIGatewayV2HTTPResponse refused = retry("news-1");
        assertEquals(409, refused.getStatusCode(), refused.getBody());
        assertEquals("https://mentoring.example/problems/recipient-suppressed", body(refused).path("type").asText());
        assertEquals(before, new Notifications(aws).find("news-1").orElseThrow(), "the entry is unchanged");

        new Suppressions(aws).suppress(new Suppressions.Suppression("wait-2@example.org", Suppressions.Reason.COMPLAINT,
                clock.instant(), "feedback-2"));
        assertEquals(409, retry("wait-2").getStatusCode(), "a transactional email to a suppressed address neither");
        assertEquals(NotificationStatus.FAILED, new Notifications(aws).find("wait-2").orElseThrow().status());
    }

    @Test
    @DisplayName("SUPPRESSED entries are listed by status and cannot be retried")
    void suppressedEntries() {
        markAs("wait-3", "SUPPRESSED");
        JsonNode suppressed = body(call(withQuery(http("notification-admin/list-failed.json"), Map.of("status", "SUPPRESSED"))));
        assertEquals(List.of("wait-3"), suppressed.path("items").findValuesAsText("notificationId"));
        APIGatewayV2HTTPResponse refused = retry("wait-3");
        assertEquals(409, refused.getStatusCode());
        assertEquals("https://mentoring.example/problems/recipient-suppressed", body(refused).path("type").asText());
    }

    @Test
    @DisplayName("a poison entry (its message unreadable) is listed among the FAILED ones, and a retry is 409 unreadable")
    void poisonEntry() {
        Map<String, AttributeValue> item = new java.util.HashMap<>();
        item.put("notificationId", AttributeValue.fromS("poison-1"));
        item.put("status", AttributeValue.fromS("FAILED"));
        item.put("statusShard", Notifications.statusShard(NotificationStatus.FAILED, "poison-1"));
        item.put("kind", AttributeValue.fromS("NO_SUCH_KIND"));
        item.put("recipient", AttributeValue.fromS("poison@example.org"));
        item.put("message", AttributeValue.fromS("{}"));
        item.put("attempts", AttributeValue.fromN("1"));
        item.put("lastError", AttributeValue.fromS("IllegalArgumentException"));
        item.put("createdAt", AttributeValue.fromN(Long.toString(clock.instant().toEpochMilli())));
        item.put("updatedAt", AttributeValue.fromN(Long.toString(clock.instant().toEpochMilli())));
        aws.dynamoDb().putItem(r -> r.tableName(environment.get("NOTIFICATIONS_TABLE")).item(item));

        APIGatewayV2HTTPResponse listed = call(http("notification-admin/list-failed.json"));
        assertEquals(200, listed.getStatusCode(), listed.getBody());
        assertEquals(List.of("poison-1", "wait-2"), body(listed).path("items").findValuesAsText("notificationId"));
        assertEquals("NO_SUCH_KIND", body(listed).path("items").get(0).path("kind").asText());
        assertEquals("IllegalArgumentException", body(listed).path("items").get(0).path("lastError").asText());

        APIGatewayV2HTTPResponse refused = retry("poison-1");
        assertEquals(409, refused.getStatusCode(), refused.getBody());
        assertEquals("https://mentoring.example/problems/unreadable", body(refused).path("type").asText());
    }

    @Test
    @DisplayName("only coordinators see the outbox")
    void coordinatorsOnly() {
        assertEquals(403, call(as(http("notification-admin/list-failed.json"), "mentee@example.org")).getStatusCode());
        assertEquals(401, call(as(http("notification-admin/list-failed.json"), null)).getStatusCode());
        assertEquals(403, call(as(http("notification-admin/retry.json"), "mentee@example.org")).getStatusCode());
    }
}
