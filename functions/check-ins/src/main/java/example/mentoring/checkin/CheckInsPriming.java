package example.mentoring.checkin;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.SdkPriming;
import example.mentoring.aws.Setting;
import example.mentoring.priming.Primer;
import example.mentoring.priming.PrimingRequest;

/**
 * Primes the check-ins function before its SnapStart snapshot: every route once, for a cohort or
 * check-in that does not exist (a read, then 404) or with a token that is no token (404 before any
 * read), the check-in's and the answers' bodies parsed; then the transaction path with a
 * transaction DynamoDB refuses and the signing secret read for a version that does not exist
 * (its value is read on first use, not into the snapshot). Nothing is written, nothing scheduled.
 */
final class CheckInsPriming extends Primer {

    /** A check-in id of the right shape (a ULID) that names nothing. */
    static final String NO_SUCH_CHECK_IN = "00000000000000000000000000";
    static final String CHECK_IN = """
            {"title": "Priming", "sendOn": "2027-04-05",
             "questions": [{"questionId": "q1", "text": "How is it going?", "kind": "SCALE_1_5"},
                           {"questionId": "q2", "text": "Which?", "kind": "CHOICE", "options": ["a", "b"]}]}""";
    static final String ANSWERS = """
            {"answers": {"q1": 4, "q2": "a"}}""";

    private final CheckInsHandler handler;
    private final AwsClients aws;

    CheckInsPriming(CheckInsHandler handler, Environment environment) {
        this.handler = handler;
        this.aws = new AwsClients(environment);
    }

    @Override
    public void prime() {
        serve(handler,
                PrimingRequest.of("POST /cohorts/{cohortId}/check-ins").asCoordinator().body(CHECK_IN),
                PrimingRequest.of("GET /cohorts/{cohortId}/check-ins").asCoordinator(),
                PrimingRequest.of("GET /cohorts/{cohortId}/check-ins/{checkInId}/results").asCoordinator()
                        .path("checkInId", NO_SUCH_CHECK_IN),
                PrimingRequest.of("GET /check-ins/{checkInId}").path("checkInId", NO_SUCH_CHECK_IN)
                        .query("token", PrimingRequest.NO_SUCH_ID),
                PrimingRequest.of("POST /check-ins/{checkInId}/responses").path("checkInId", NO_SUCH_CHECK_IN)
                        .query("token", PrimingRequest.NO_SUCH_ID).body(ANSWERS));
        step("transaction", () -> SdkPriming.emptyTransaction(aws));
        step("signing keys", () -> SdkPriming.secretVersionThatDoesNotExist(aws,
                aws.environment().required(Setting.LINK_SIGNING_SECRET)));
    }
}
