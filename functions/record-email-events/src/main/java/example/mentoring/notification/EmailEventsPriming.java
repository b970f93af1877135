package example.mentoring.notification;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.SdkPriming;
import example.mentoring.aws.Table;
import example.mentoring.priming.Primer;
import example.mentoring.priming.PrimingRequest;

/**
 * Primes the record-email-events function before its SnapStart snapshot: a transient bounce
 * through the handler (read, logged, suppresses nothing), and a look-up in the suppression list
 * for an address in the reserved {@code .invalid} domain (a read), and a suppression written with
 * a condition that can never hold (refused: nothing written).
 */
final class EmailEventsPriming extends Primer {

    static final String TRANSIENT_BOUNCE = """
            {"version": "0", "id": "priming", "detail-type": "Email Bounced", "source": "aws.ses",
             "time": "2027-01-01T00:00:00Z", "detail": {"eventType": "Bounce", "bounce": {"bounceType": "Transient",
             "bounceSubType": "MailboxFull", "feedbackId": "priming", "timestamp": "2027-01-01T00:00:00Z",
             "bouncedRecipients": [{"emailAddress": "priming@example.invalid"}]}}}""";

    private final EmailEventsHandler handler;
    private final AwsClients aws;
    private final Suppressions suppressions;

    EmailEventsPriming(EmailEventsHandler handler, Environment environment) {
        this.handler = handler;
        this.aws = new AwsClients(environment);
        this.suppressions = new Suppressions(aws);
    }

    @Override
    public void prime() {
        serve(handler, "transient bounce", TRANSIENT_BOUNCE);
        step("suppression look-up", () -> suppressions.find(PrimingRequest.CALLER));
        step("suppression write, refused", () -> SdkPriming.refusedPut(aws, Table.SUPPRESSIONS, "email"));
    }
}
