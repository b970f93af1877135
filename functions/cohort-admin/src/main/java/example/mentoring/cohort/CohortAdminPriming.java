package example.mentoring.cohort;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.SdkPriming;
import example.mentoring.priming.MarkdownPriming;
import example.mentoring.priming.Primer;
import example.mentoring.priming.PrimingRequest;

/**
 * Primes the cohort-admin function before its SnapStart snapshot: every route once, each for a
 * cohort or application that does not exist (a read, then 404) or with a body that fails
 * validation (400 before anything is written); the transaction path with a transaction DynamoDB
 * refuses; and the draft post's Markdown, rendered in memory.
 */
final class CohortAdminPriming extends Primer {

    /** A valid cohort but for its empty name: parsed and validated in full, then refused. */
    static final String INVALID_COHORT = """
            {"name": "", "opensAt": "2027-01-15T00:00:00-06:00", "applicationDeadline": "2027-02-24T23:59:59-06:00",
             "programStart": "2027-03-15", "programEnd": "2028-03-14", "defaultMentorCapacity": 2}""";

    private final CohortAdminHandler handler;
    private final AwsClients aws;

    CohortAdminPriming(CohortAdminHandler handler) {
        this.handler = handler;
        this.aws = handler.aws();
    }

    @Override
    public void prime() {
        serve(handler,
                PrimingRequest.of("GET /cohorts").query("limit", "1"),
                PrimingRequest.of("GET /cohorts/{cohortId}"),
                PrimingRequest.of("POST /cohorts").asCoordinator().body(INVALID_COHORT),
                PrimingRequest.of("POST /cohorts/{cohortId}/close").asCoordinator(),
                PrimingRequest.of("GET /cohorts/{cohortId}/summary").asCoordinator(),
                PrimingRequest.of("GET /cohorts/{cohortId}/applications").asCoordinator(),
                PrimingRequest.of("GET /cohorts/{cohortId}/applications/{applicationId}").asCoordinator(),
                PrimingRequest.of("GET /cohorts/{cohortId}/demographics").asCoordinator(),
                PrimingRequest.of("POST /cohorts/{cohortId}/invitations").asCoordinator(),
                PrimingRequest.of("GET /audit").asCoordinator().query("cohortId", PrimingRequest.NO_SUCH_ID));
        step("transaction", () -> SdkPriming.emptyTransaction(aws));
        step("markdown", MarkdownPriming::renderSample);
    }
}
