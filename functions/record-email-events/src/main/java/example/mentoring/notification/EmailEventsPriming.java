package example.mentoring.notification;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.priming.Primer;
import example.mentoring.priming.PrimingRequest;

/**
 * Primes the record-email-events function before its SnapStart snapshot: a transient bounce
 * through the handler (read, logged, suppresses nothing), and a look-up in the suppression list
 * for an address in the reserved {@code .invalid} domain (a read).
 */
final class EmailEventsPriming extends Primer {

    static final String TRANSIENT_BOUNCE = """
            {"version": "0", "id": "priming", "detail-type": "Email Bounced", "source": "aws.ses",
             "time": "2027-01-01T00:00:00Z", "detail": {"eventType": "Bounce", "bounce": {"bounceType": "Transient",
             "bounceSubType": "MailboxFull", "feedbackId": "priming", "timestamp": "2027-01-01T00:00:00Z",
             "bouncedRecipients": [{"emailAddress": "priming@example.invalid"}]}}}""";

    private final EmailEventsHandler handler;
    private final Suppressions suppressions;

    EmailEventsPriming(EmailEventsHandler handler, Environment environment) {
        this.handler = handler;
        this.suppressions = new Suppressions(new AwsClients(environment));
    }

    @Override
    public void prime() {
        serve(handler, "transient bounce", TRANSIENT_BOUNCE);
        step("suppression look-up", () -> suppressions.find(PrimingRequest.CALLER));
    }
}
