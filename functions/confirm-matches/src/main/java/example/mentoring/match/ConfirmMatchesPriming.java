package example.mentoring.match;

import example.mentoring.aws.Setting;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.SdkPriming;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.Cohorts;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.Outbox;
import example.mentoring.notification.email.MatchIntroduction;
import example.mentoring.notification.email.ProgramRole;
import example.mentoring.priming.Primer;
import example.mentoring.priming.PrimingRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Primes the confirm-matches function before its SnapStart snapshot. Every wake confirms what is
 * being confirmed, so the handler is not invoked: the runs being confirmed are listed (a read),
 * a run, cohort and match that do not exist are read, an introduction's outbox entry is built in
 * memory and not written, the transaction path is taken with a transaction DynamoDB refuses, and
 * the Cognito client reads a user that does not exist instead of inviting one.
 */
final class ConfirmMatchesPriming extends Primer {

    private final AwsClients aws;
    private final Clock clock;

    ConfirmMatchesPriming(ConfirmMatchesHandler handler) {
        this.aws = handler.aws();
        this.clock = aws.environment().clock();
    }

    @Override
    public void prime() {
        MatchingRuns runs = new MatchingRuns(aws);
        step("confirming", runs::confirming);
        step("run", () -> runs.find(PrimingRequest.NO_SUCH_ID, PrimingRequest.NO_SUCH_ID));
        step("cohort", () -> new Cohorts(aws).find(new CohortId(PrimingRequest.NO_SUCH_ID)));
        step("match", () -> new Matches(aws).find(PrimingRequest.NO_SUCH_ID));
        step("introduction, built", () -> new Outbox(new Notifications(aws), clock).notify(PrimingRequest.NO_SUCH_ID,
                PrimingRequest.CALLER, new MatchIntroduction("Priming", "Priming", "Priming", PrimingRequest.CALLER,
                        "Priming", PrimingRequest.CALLER, ProgramRole.MENTOR, List.of("storytime"), LocalDate.EPOCH,
                        "https://example.invalid/")));
        step("transaction", () -> SdkPriming.emptyTransaction(aws));
        step("invitation", () -> SdkPriming.userThatDoesNotExist(aws, aws.environment().required(Setting.USER_POOL_ID)));
    }
}
