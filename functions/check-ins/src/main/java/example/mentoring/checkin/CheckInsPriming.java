package example.mentoring.checkin;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.SdkPriming;
import example.mentoring.aws.Setting;
import example.mentoring.json.Json;
import example.mentoring.paging.Page;
import example.mentoring.link.LinkPriming;
import example.mentoring.link.LinkPurpose;
import example.mentoring.priming.Primer;
import example.mentoring.priming.PrimingRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Primes the check-ins function before its SnapStart snapshot: every route once, for a cohort or
 * check-in that does not exist (a read, then 404) or with a token that is no token (404 before any
 * read), the check-in's and the answers' bodies parsed; then the transaction path with a
 * transaction DynamoDB refuses and the signing secret read for a version that does not exist
 * (its value is read on first use, not into the snapshot). Nothing is written, nothing scheduled.
 */
final class CheckInsPriming extends Primer {

    static final String CHECK_IN = """
            {"title": "Priming", "sendOn": "2027-04-05",
             "questions": [{"questionId": "q1", "text": "How is it going?", "kind": "SCALE_1_5"},
                           {"questionId": "q2", "text": "Which?", "kind": "CHOICE", "options": ["a", "b"]}]}""";
    static final String ANSWERS = """
            {"answers": {"q1": 4, "q2": "a"}}""";

    private final CheckInsHandler handler;
    private final AwsClients aws;

    CheckInsPriming(CheckInsHandler handler) {
        this.handler = handler;
        this.aws = handler.aws();
    }

    /**
     * What listing a cohort's check-ins does once the cohort is found (the request above stops at
     * its 404): the query of a cohort that has none, and a page of one summary, built in memory from
     * the priming check-in, written as the answer would be.
     */
    private void listCheckIns() {
        CheckIns checkIns = new CheckIns(aws);
        checkIns.ofCohort(PrimingRequest.NO_SUCH_ID, Page.Request.first(Page.Request.DEFAULT_LIMIT));
        checkIns.respondents(PrimingRequest.NO_SUCH_ULID);
        CheckInForm form = CheckInForm.read(Json.parseBody(CHECK_IN));
        Instant now = aws.environment().clock().instant();
        CheckIn checkIn = new CheckIn(PrimingRequest.NO_SUCH_ULID, PrimingRequest.NO_SUCH_ID, form.title(), form.sendOn(), now,
                form.questions(), now, Optional.empty());
        Json.write(new Page<>(List.of(CheckInSummary.of(checkIn, List.of())), null));
    }

    @Override
    public void prime() {
        serve(handler,
                PrimingRequest.of("POST /cohorts/{cohortId}/check-ins").asCoordinator().body(CHECK_IN),
                PrimingRequest.of("GET /cohorts/{cohortId}/check-ins").asCoordinator(),
                PrimingRequest.of("GET /cohorts/{cohortId}/check-ins/{checkInId}/results").asCoordinator(),
                PrimingRequest.of("GET /check-ins/{checkInId}").query("token", PrimingRequest.NO_SUCH_ID),
                PrimingRequest.of("POST /check-ins/{checkInId}/responses").query("token", PrimingRequest.NO_SUCH_ID)
                        .body(ANSWERS));
        step("check-ins of a cohort", this::listCheckIns);
        step("transaction", () -> SdkPriming.emptyTransaction(aws));
        step("signing keys", () -> SdkPriming.secretVersionThatDoesNotExist(aws,
                aws.environment().required(Setting.LINK_SIGNING_SECRET)));
        step("a link, offline", () -> LinkPriming.signAndVerifyOffline(aws, aws.environment().clock(), LinkPurpose.CHECK_IN));
    }
}
