package example.mentoring.meeting;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.SdkPriming;
import example.mentoring.cohort.Cohorts;
import example.mentoring.json.Json;
import example.mentoring.paging.Page;
import example.mentoring.match.Matches;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.Outbox;
import example.mentoring.notification.email.InactivityNudge;
import example.mentoring.priming.Primer;
import example.mentoring.priming.PrimingRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Primes the nudge-quiet-pairs function before its SnapStart snapshot. Its one event nudges, so
 * the handler is not invoked: the same reads are made for a cohort and match that do not exist
 * (every cohort, the cohort's matches, their engagement), a nudge's writes are built in
 * memory (the outbox entry, its message as JSON) and not sent, and the transaction path is taken
 * with a transaction DynamoDB refuses; the answer is written as JSON.
 */
final class NudgeQuietPairsPriming extends Primer {

    private final AwsClients aws;
    private final Clock clock;

    NudgeQuietPairsPriming(NudgeQuietPairsHandler handler) {
        this.aws = handler.aws();
        this.clock = aws.environment().clock();
    }

    @Override
    public void prime() {
        Meetings meetings = new Meetings(aws);
        Cohorts cohorts = new Cohorts(aws);
        step("cohorts", () -> Page.all(cohorts::list));
        step("matches", () -> new Matches(aws).allOfCohort(PrimingRequest.NO_SUCH_ID));
        step("engagement", () -> meetings.engagements(List.of(PrimingRequest.NO_SUCH_ID)));
        step("nudge, built", () -> {
            meetings.recordNudge(PrimingRequest.NO_SUCH_ID, clock.instant(), clock.instant().minus(Duration.ofDays(14)));
            new Outbox(new Notifications(aws), clock).notify(PrimingRequest.NO_SUCH_ID, PrimingRequest.CALLER,
                    new InactivityNudge("Priming", "Priming", "Priming", "Priming", 45, "https://example.invalid/"));
        });
        step("transaction", () -> SdkPriming.emptyTransaction(aws));
        step("answer", () -> Json.write(Map.of("nudged", List.of(PrimingRequest.NO_SUCH_ID))));
    }
}
