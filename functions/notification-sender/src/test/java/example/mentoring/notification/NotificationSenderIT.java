package example.mentoring.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Write;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.emulator.SentEmails.SentEmail;
import example.mentoring.emulator.SentEmails;
import example.mentoring.paging.Page;
import example.mentoring.json.Json;
import example.mentoring.log.Log;
import example.mentoring.notification.email.ApplicationAcknowledged;
import example.mentoring.notification.email.EmailRenderer;
import example.mentoring.notification.email.Newsletter;
import example.mentoring.notification.email.NewsletterEntry;
import example.mentoring.notification.email.ProgramRole;
import example.mentoring.post.Post;
import example.mentoring.post.Posts;
import example.mentoring.post.PostsForNewsletters;
import example.mentoring.post.Subscriptions;
import example.mentoring.text.ReadableTime;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

@ExtendWith(Moto.class)
@DisplayName("Outbox entries are delivered once through SES, retried with back-off, and never lost")
class NotificationSenderIT {

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

    NotificationSender sender(Map<String, String> env) {
        AwsClients own = new AwsClients(Environment.of(env));
        return new NotificationSender(new Notifications(own), deliverability(own), new SesMailer(own),
                new EmailRenderer(), new PostsForNewsletters(new Posts(own)), clock);
    }

    static Deliverability deliverability(AwsClients aws) {
        return new Deliverability(new Suppressions(aws), new Subscriptions(aws));
    }

    static ApplicationAcknowledged acknowledgement(String name, String applicationId) {
        return new ApplicationAcknowledged("ALSC Mentoring Program", name, "Fall 2027", ProgramRole.MENTEE,
                Instant.parse("2027-02-25T05:59:59Z"), ReadableTime.DEFAULT_ZONE, applicationId,
                "https://mentoring.example/applications/confirm?token=k.aWQ.1.sig");
    }

    void record(String id, String recipient, String name) {
        aws.dynamoDb().transactWriteItems(r -> r.transactItems(outbox.notify(id, recipient, acknowledgement(name, id)).sdkItem()));
    }

    List<SentEmail> sent() {
        return SentEmails.read(stack.endpoint());
    }

    @Test
    @DisplayName("one entry is delivered once, marked SENT with the SES message id, and a second run sends nothing")
    void deliversOnce() {
        record("ack-1", "marlowe@example.org", "Marlowe Reyes");
        assertEquals(new NotificationSender.Report(1, 0, 0, 0), sender(environment).sendDue());
        assertEquals(new NotificationSender.Report(0, 0, 0, 0), sender(environment).sendDue());

        List<SentEmail> sent = sent();
        assertEquals(1, sent.size());
        assertEquals(List.of("marlowe@example.org"), sent.getFirst().to());
        assertTrue(sent.getFirst().source().contains("ALSC Mentoring Program"), sent.getFirst().source());
        assertTrue(sent.getFirst().subject().contains("Fall 2027"), sent.getFirst().subject());
        assertTrue(sent.getFirst().body().contains("Marlowe Reyes"));

        Notification notification = notifications.find("ack-1").orElseThrow();
        assertEquals(NotificationStatus.SENT, notification.status());
        assertEquals(1, notification.attempts());
        assertEquals(sent.getFirst().id(), notification.sesMessageId().orElseThrow());
    }

    @Test
    @DisplayName("two senders racing over the same entries deliver each exactly once")
    void racingSenders() throws Exception {
        for (int i = 0; i < 20; i++) {
            record("ack-" + i, "applicant" + i + "@example.org", "Applicant " + i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<NotificationSender.Report>> senders = List.of(() -> sender(environment).sendDue(),
                () -> sender(environment).sendDue());
        int delivered = 0;
        for (Future<NotificationSender.Report> report : pool.invokeAll(senders)) {
            delivered += report.get().sent();
        }
        pool.shutdown();
        assertEquals(20, delivered);
        List<String> recipients = new ArrayList<>();
        sent().forEach(email -> recipients.addAll(email.to()));
        assertEquals(20, recipients.size());
        assertEquals(20, recipients.stream().distinct().count());
    }

    @Test
    @DisplayName("an SES refusal leaves the entry pending with back-off; a later run delivers it")
    void retriesAfterSesError() {
        Map<String, String> unverified = new HashMap<>(environment);
        unverified.put("SENDER_EMAIL", "mentoring@not-yet-verified.example");
        record("ack-1", "marlowe@example.org", "Marlowe Reyes");

        assertEquals(new NotificationSender.Report(0, 1, 0, 0), sender(unverified).sendDue());
        Notification pending = notifications.find("ack-1").orElseThrow();
        assertEquals(NotificationStatus.PENDING, pending.status());
        assertEquals(1, pending.attempts());
        assertEquals(NOW.plusSeconds(30), pending.nextAttemptAt().orElseThrow());
        assertFalse(pending.lastError().orElseThrow().contains("@"), "errors never quote addresses");
        assertTrue(sent().isEmpty());

        clock.advance(Duration.ofSeconds(10));
        assertEquals(new NotificationSender.Report(0, 0, 0, 0), sender(environment).sendDue(), "not due during back-off");
        clock.advance(Duration.ofSeconds(25));
        assertEquals(new NotificationSender.Report(1, 0, 0, 0), sender(environment).sendDue());
        assertEquals(1, sent().size());
        assertEquals(2, notifications.find("ack-1").orElseThrow().attempts());
    }

    @Test
    @DisplayName("when SES asks to slow down, the run stops and nothing loses an attempt")
    void throttled() {
        for (int i = 0; i < 3; i++) {
            record("ack-" + i, "applicant" + i + "@example.org", "Applicant " + i);
        }
        AwsClients own = new AwsClients(Environment.of(environment));
        SesMailer ses = new SesMailer(own);
        int[] calls = {0};
        Mailer throttledOnce = (recipient, email) -> {
            if (calls[0]++ == 0) {
                throw new Mailer.Throttled(null);
            }
            return ses.send(recipient, email);
        };
        NotificationSender sender = new NotificationSender(new Notifications(own), deliverability(own), throttledOnce,
                new EmailRenderer(), new PostsForNewsletters(new Posts(own)), clock);
        assertEquals(new NotificationSender.Report(0, 1, 0, 0), sender.sendDue());
        assertEquals(1, calls[0], "the run stopped at the first refusal");
        List<Notification> entries = List.of(notifications.find("ack-0").orElseThrow(),
                notifications.find("ack-1").orElseThrow(), notifications.find("ack-2").orElseThrow());
        assertTrue(entries.stream().allMatch(n -> n.status() == NotificationStatus.PENDING && n.attempts() == 0));
        assertEquals(1, entries.stream().filter(n -> n.nextAttemptAt().orElseThrow().equals(NOW.plusSeconds(30))).count());

        clock.advance(Duration.ofSeconds(31));
        assertEquals(new NotificationSender.Report(3, 0, 0, 0), sender.sendDue());
        assertEquals(3, sent().size());
    }

    @Test
    @DisplayName("after the last attempt the entry is FAILED and listed; a retry puts it back in line")
    void givesUpThenRetries() {
        Map<String, String> unverified = new HashMap<>(environment);
        unverified.put("SENDER_EMAIL", "mentoring@not-yet-verified.example");
        record("ack-1", "marlowe@example.org", "Marlowe Reyes");
        for (int attempt = 1; attempt <= DeliveryPolicy.MAX_ATTEMPTS; attempt++) {
            sender(unverified).sendDue();
            clock.advance(Duration.ofHours(2));
        }
        Notification failed = notifications.find("ack-1").orElseThrow();
        assertEquals(NotificationStatus.FAILED, failed.status());
        assertEquals(DeliveryPolicy.MAX_ATTEMPTS, failed.attempts());
        assertEquals(List.of("ack-1"), notifications.list(NotificationStatus.FAILED, Page.Request.first(50)).items()
                .stream().map(Notification::notificationId).toList());
        assertEquals(new NotificationSender.Report(0, 0, 0, 0), sender(environment).sendDue(), "FAILED is not retried by itself");

        assertTrue(notifications.retry("ack-1", clock.instant()));
        assertFalse(notifications.retry("ack-1", clock.instant()), "only a FAILED entry can be retried");
        assertEquals(new NotificationSender.Report(1, 0, 0, 0), sender(environment).sendDue());
        assertEquals(NotificationStatus.SENT, notifications.find("ack-1").orElseThrow().status());
    }

    @Test
    @DisplayName("a transaction that rolls back leaves no outbox entry")
    void rolledBack() {
        TransactWriteItem impossible = TransactWriteItem.builder().conditionCheck(ConditionCheck.builder()
                .tableName(environment.get("COHORTS_TABLE"))
                .key(Map.of("cohortId", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("missing")))
                .conditionExpression("attribute_exists(cohortId)").build()).build();
        assertThrows(TransactionCanceledException.class, () -> aws.dynamoDb().transactWriteItems(r -> r.transactItems(
                outbox.notify("ack-1", "marlowe@example.org", acknowledgement("Marlowe Reyes", "ack-1")).sdkItem(), impossible)));
        assertTrue(notifications.find("ack-1").isEmpty());
        assertEquals(new NotificationSender.Report(0, 0, 0, 0), sender(environment).sendDue());
        assertTrue(sent().isEmpty());
    }

    @Test
    @DisplayName("a newsletter goes out with its List-Unsubscribe headers and a visible unsubscribe link")
    void newsletter() {
        String unsubscribe = "https://api.mentoring.example/unsubscribe?token=abc.def";
        aws.dynamoDb().transactWriteItems(r -> r.transactItems(outbox.notify("news-1", "dana@example.net",
                new example.mentoring.notification.email.Newsletter("ALSC Mentoring Program", "Dana Whitfield",
                        "Spring news", "<p>We matched <strong>40</strong> pairs.</p>", "We matched 40 pairs.",
                        "https://mentoring.example/posts/spring-news", unsubscribe)).sdkItem()));
        assertEquals(new NotificationSender.Report(1, 0, 0, 0), sender(environment).sendDue());
        SentEmail email = sent().getFirst();
        assertEquals(List.of("dana@example.net"), email.to());
        assertEquals(List.of(
                Map.entry("List-Unsubscribe", "<https://api.mentoring.example/unsubscribe?token=abc.def>"),
                Map.entry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")), email.headers());
        assertTrue(email.body().contains(unsubscribe), email.body());
        assertTrue(email.body().contains("<strong>40</strong>"));
    }

    void publishedPost(String postId, String title, String html, Optional<Post.Revision> pending, long version) {
        Post post = new Post(postId, "spring-news", Post.PostStatus.PUBLISHED, title, "(markdown)", html, "summary",
                "Ada Byron", "ada@example.org", List.of(), Optional.empty(), NOW, NOW, Optional.of(NOW), pending, Post.Review.NONE, version);
        aws.dynamoDb().transactWriteItems(r -> r.transactItems(new Posts(aws).create(post).stream().map(Write::sdkItem).toList()));
    }

    void newsletterEntry(String id, String recipient, String postId, long version) {
        aws.dynamoDb().transactWriteItems(r -> r.transactItems(outbox.notify(id, recipient,
                new NewsletterEntry("ALSC Mentoring Program", "Dana Whitfield", postId, version,
                        "https://mentoring.example/posts/spring-news",
                        "https://api.mentoring.example/unsubscribe?token=abc.def")).sdkItem()));
    }

    @Test
    @DisplayName("a newsletter entry names its post: the sender sends the post's published text, never a pending revision")
    void newsletterFromItsPost() {
        publishedPost("p1", "Spring news", "<p>We matched <strong>40</strong> pairs.</p>",
                Optional.of(new Post.Revision("Draft title", "x", "<p>Unreviewed words.</p>", "s", "Ada Byron",
                        List.of(), Optional.empty(), NOW)), 3);
        newsletterEntry("news-1", "dana@example.net", "p1", 2);
        newsletterEntry("news-2", "marlowe@example.org", "p1", 2);
        assertEquals(new NotificationSender.Report(2, 0, 0, 0), sender(environment).sendDue());
        List<SentEmail> sent = sent();
        assertEquals(2, sent.size());
        for (SentEmail email : sent) {
            assertTrue(email.subject().contains("Spring news"), email.subject());
            assertTrue(email.body().contains("<strong>40</strong>"), email.body());
            assertFalse(email.body().contains("Unreviewed"), "a pending revision is not sent");
        }
    }

    @Test
    @DisplayName("an image-only post's newsletter is sent; with the picture (Moto keeps the HTML body; EmailRendererTest checks the text body)")
    void imageOnlyNewsletter() {
        publishedPost("p1", "Our picnic", "<p><img src=\"https://mentoring.example/picnic.jpg\" alt=\"\"></p>",
                Optional.empty(), 2);
        newsletterEntry("news-1", "dana@example.net", "p1", 2);
        assertEquals(new NotificationSender.Report(1, 0, 0, 0), sender(environment).sendDue());
        SentEmail email = sent().getFirst();
        assertEquals(List.of("dana@example.net"), email.to());
        assertTrue(email.body().contains("picnic.jpg"), email.body());
    }

    @Test
    @DisplayName("a newsletter entry whose post is not published is a failed attempt, not an empty email")
    void newsletterWithoutPost() {
        newsletterEntry("news-1", "dana@example.net", "p-missing", 2);
        assertEquals(new NotificationSender.Report(0, 1, 0, 0), sender(environment).sendDue());
        assertTrue(sent().isEmpty());
        assertEquals("PostNotPublished", notifications.find("news-1").orElseThrow().lastError().orElseThrow());
    }

    void newsletterTo(String id, String recipient) {
        aws.dynamoDb().transactWriteItems(r -> r.transactItems(outbox.notify(id, recipient,
                new Newsletter("ALSC Mentoring Program", "Dana Whitfield", "Spring news", "<p>News.</p>", "News.",
                        "https://mentoring.example/posts/spring-news",
                        "https://api.mentoring.example/unsubscribe?token=abc.def")).sdkItem()));
    }

    @Test
    @DisplayName("an entry to a suppressed address is SUPPRESSED without an SES call or a spent attempt; the others go out")
    void suppressedRecipient() {
        new Suppressions(aws).suppress(new Suppressions.Suppression("gone@example.org", Suppressions.Reason.BOUNCE,
                NOW.minusSeconds(3600), "feedback-1"));
        record("ack-1", "gone@example.org", "Gone Away");
        record("ack-2", "marlowe@example.org", "Marlowe Reyes");

        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        Log.redirect(new PrintStream(logs, true, StandardCharsets.UTF_8));
        try {
            assertEquals(new NotificationSender.Report(1, 0, 0, 1), sender(environment).sendDue());
        } finally {
            Log.redirect(System.out);
        }
        String logged = logs.toString(StandardCharsets.UTF_8);
        assertFalse(logged.contains("@"), "no address in the logs: " + logged);
        JsonNode metrics = logged.lines().map(Json::parseBody).filter(line -> line.has("_aws")).findFirst().orElseThrow();
        assertEquals(1, metrics.path("NotificationsSuppressed").asInt());
        assertEquals(0, metrics.path("NotificationsFailed").asInt());
        assertEquals("Mentoring", metrics.path("_aws").path("CloudWatchMetrics").get(0).path("Namespace").asText());
        assertEquals(List.of(List.of("marlowe@example.org")), sent().stream().map(SentEmail::to).toList(),
                "SES got nothing for the suppressed address");
        Notification suppressed = notifications.find("ack-1").orElseThrow();
        assertEquals(NotificationStatus.SUPPRESSED, suppressed.status());
        assertEquals("BOUNCE", suppressed.suppressedReason().orElseThrow());
        assertEquals(0, suppressed.attempts());
        assertEquals(NotificationStatus.SENT, notifications.find("ack-2").orElseThrow().status());
        assertEquals(List.of("ack-1"), notifications.list(NotificationStatus.SUPPRESSED, Page.Request.first(50)).items()
                .stream().map(Notification::notificationId).toList());
        assertEquals(new NotificationSender.Report(0, 0, 0, 0), sender(environment).sendDue(), "SUPPRESSED stays put");
    }

    @Test
    @DisplayName("a newsletter to someone who unsubscribed after it was queued is SUPPRESSED; transactional email still goes")
    void unsubscribedAfterQueueing() {
        newsletterTo("news-1", "dana@example.net");
        record("ack-1", "dana@example.net", "Dana Whitfield");
        Subscriptions subscriptions = new Subscriptions(aws);
        subscriptions.unsubscribe(subscriptions.subscriberId("dana@example.net"), NOW.plusSeconds(1));
        clock.advance(Duration.ofSeconds(2));

        assertEquals(new NotificationSender.Report(1, 0, 0, 1), sender(environment).sendDue());
        Notification newsletter = notifications.find("news-1").orElseThrow();
        assertEquals(NotificationStatus.SUPPRESSED, newsletter.status());
        assertEquals(Deliverability.UNSUBSCRIBED, newsletter.suppressedReason().orElseThrow());
        assertEquals(1, sent().size());
        assertTrue(sent().getFirst().subject().contains("Fall 2027"), "only the acknowledgement went out");
    }

    @Test
    @DisplayName("the same outbox id twice (a retried change) records one email")
    void sameIdOnce() {
        record("ack-1", "marlowe@example.org", "Marlowe Reyes");
        assertThrows(TransactionCanceledException.class, () -> record("ack-1", "marlowe@example.org", "Marlowe Reyes"));
        sender(environment).sendDue();
        assertEquals(1, sent().size());
    }
}
