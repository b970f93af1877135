package example.mentoring.notification;

import example.mentoring.aws.AwsClients;
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

    static final String PERMANENT_BOUNCE = """
            {"version": "0", "id": "priming", "detail-type": "Email Bounced", "source": "aws.ses",
             "time": "2027-01-01T00:00:00Z", "detail": {"eventType": "Bounce", "bounce": {"bounceType": "Permanent",
             "bounceSubType": "General", "feedbackId": "priming", "timestamp": "2027-01-01T00:00:00Z",
             "bouncedRecipients": [{"emailAddress": "priming@example.invalid"}]}}}""";

    static final String COMPLAINT = """
            {"version": "0", "id": "priming", "detail-type": "Email Complaint Received", "source": "aws.ses",
             "time": "2027-01-01T00:00:00Z", "detail": {"eventType": "Complaint", "complaint": {
             "feedbackId": "priming", "timestamp": "2027-01-01T00:00:00Z",
             "complainedRecipients": [{"emailAddress": "priming@example.invalid"}]}}}""";

    private final EmailEventsHandler handler;
    private final AwsClients aws;
    private final Suppressions suppressions;

    EmailEventsPriming(EmailEventsHandler handler) {
        this.handler = handler;
        this.aws = handler.aws();
        this.suppressions = new Suppressions(aws);
    }

    @Override
    public void prime() {
        serve(handler, "transient bounce", TRANSIENT_BOUNCE);
        EmailEventsHandler offline = new EmailEventsHandler(aws.offline());
        serve(offline, "permanent bounce, offline", PERMANENT_BOUNCE);
        serve(offline, "complaint, offline", COMPLAINT);
        step("suppression look-up", () -> suppressions.find(PrimingRequest.CALLER));
        step("suppression write, refused", () -> SdkPriming.refusedPut(aws, Table.SUPPRESSIONS, "email"));
    }
}
