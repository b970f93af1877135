package example.mentoring.notification;

import example.mentoring.aws.Setting;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.SdkPriming;
import example.mentoring.json.Json;
import example.mentoring.notification.email.ApplicationAcknowledged;
import example.mentoring.notification.email.EmailRenderer;
import example.mentoring.notification.email.InactivityNudge;
import example.mentoring.notification.email.MatchIntroduction;
import example.mentoring.notification.email.Newsletter;
import example.mentoring.notification.email.ProgramRole;
import example.mentoring.notification.email.WaitListNotice;
import example.mentoring.post.Posts;
import example.mentoring.post.PostsForNewsletters;
import example.mentoring.post.Subscriptions;
import example.mentoring.priming.Primer;
import example.mentoring.priming.PrimingRequest;
import example.mentoring.text.ReadableTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Primes the notification sender before its SnapStart snapshot. Its events deliver whatever is
 * due, so the handler is not invoked: the outbox is asked for entries due before 1970 (a query
 * that finds none), the suppression list, opt-outs and newsletter posts are read for an address
 * and a post that do not exist, every kind of email is rendered in memory, and the SES client
 * reads the sender's identity instead of sending; the answer is written as JSON.
 */
final class NotificationSenderPriming extends Primer {

    static final String URL = "https://example.invalid/";

    private final AwsClients aws;

    NotificationSenderPriming(NotificationSenderHandler handler) {
        this.aws = handler.aws();
    }

    @Override
    public void prime() {
        step("due", () -> new Notifications(aws).due(Instant.EPOCH, 1));
        step("suppressions", () -> new Suppressions(aws).find(PrimingRequest.CALLER));
        step("opt-outs", () -> new Subscriptions(aws).optedOut(PrimingRequest.CALLER));
        step("newsletter post", () -> new PostsForNewsletters(new Posts(aws)).published(PrimingRequest.NO_SUCH_ID));
        step("emails", () -> {
            EmailRenderer renderer = new EmailRenderer();
            renderer.render(new ApplicationAcknowledged("Priming", "Priming", "Priming", ProgramRole.MENTEE,
                    Instant.EPOCH, ReadableTime.DEFAULT_ZONE, PrimingRequest.NO_SUCH_ID, URL));
            renderer.render(new MatchIntroduction("Priming", "Priming", "Priming", PrimingRequest.CALLER, "Priming",
                    PrimingRequest.CALLER, ProgramRole.MENTOR, List.of("storytime"), LocalDate.EPOCH, URL));
            renderer.render(new InactivityNudge("Priming", "Priming", "Priming", "Priming", 45, URL));
            renderer.render(new WaitListNotice("Priming", "Priming", "Priming"));
            renderer.render(new Newsletter("Priming", "Priming", "Priming", "<p>Priming</p>", "Priming", URL, URL));
        });
        // an outbox email is read back with databind (EmailMessages.fromJson): its first use, not a send's
        step("stored emails", () -> {
            try {
                Json.mapper().treeToValue(Json.parse(Json.write(new ApplicationAcknowledged("Priming", "Priming",
                        "Priming", ProgramRole.MENTEE, Instant.EPOCH, ReadableTime.DEFAULT_ZONE, PrimingRequest.NO_SUCH_ID,
                        URL))), ApplicationAcknowledged.class);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
        step("answer", () -> Json.write(new NotificationSender.Report(0, 0, 0, 0)));
        step("ses", () -> SdkPriming.sesIdentity(aws, aws.environment().required(Setting.SENDER_EMAIL)));
    }
}
