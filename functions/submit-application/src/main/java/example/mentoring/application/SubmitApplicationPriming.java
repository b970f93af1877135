package example.mentoring.application;

import example.mentoring.aws.Setting;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.SdkPriming;
import example.mentoring.aws.Transactions;
import example.mentoring.cohort.Cohort;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.CohortNotOpen;
import com.github.f4b6a3.ulid.UlidCreator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import example.mentoring.cohort.Cohorts;
import example.mentoring.link.LinkPriming;
import example.mentoring.link.LinkPurpose;
import example.mentoring.json.Json;
import example.mentoring.priming.Primer;
import example.mentoring.priming.PrimingRequest;

/**
 * Primes the submit-application function before its SnapStart snapshot: a full form submitted to
 * a cohort that does not exist (read, then 404), the same form read and validated in memory, the
 * confirmation page and confirmation with a malformed token (400 before any key or write), the
 * transaction path with a transaction DynamoDB refuses, and the signing secret read for a
 * version that does not exist (its value is read on first use, not into the snapshot). Offline
 * ({@link AwsClients#offline()}), where nothing reaches AWS: a confirmation link signed and
 * verified with a placeholder key, and a whole keyed submission to a cohort the offline clients
 * were given.
 */
final class SubmitApplicationPriming extends Primer {

    /** A complete mentee form: every field the form reads. */
    static final String FORM = """
            {"role": "MENTEE", "name": "Priming", "email": "priming@example.invalid", "institution": "Library",
             "position": "Librarian", "libraryType": "PUBLIC", "region": "MIDWEST", "yearsExperience": 1,
             "alscMember": false, "careerStage": "EARLY_CAREER", "ageConfirmed18": true, "guardianConsent": false,
             "interests": ["storytime"], "goals": "Plan a summer reading program.", "gender": "WOMAN",
             "raceEthnicity": ["HISPANIC_LATINO"], "preferences": {"region": "SAME", "gender": "ANY", "raceEthnicity": "SHARED"}}""";

    private final SubmitApplicationHandler handler;
    private final AwsClients aws;

    SubmitApplicationPriming(SubmitApplicationHandler handler) {
        this.handler = handler;
        this.aws = handler.aws();
    }

    /**
     * The submission's own transaction, built by the intake as a submission builds it (the cohort's
     * count, the address's claim, the application, its acknowledgement in the outbox), for an open
     * cohort that does not exist: the count's condition fails, DynamoDB cancels the whole
     * transaction, and nothing of it is written. Its link is a placeholder: a real one would need
     * the signing key.
     */
    private void refusedSubmission() {
        Instant now = aws.environment().clock().instant();
        Cohort cohort = openCohort(now);
        Application application = ApplicationForm.read(Json.parseBody(FORM)).toApplication(cohort.id().value(),
                cohort.defaultMentorCapacity(), UlidCreator.getMonotonicUlid().toString(), now);
        try {
            new Transactions(aws).write(handler.intake().writes(cohort, application, "https://example.invalid/confirm", now));
        } catch (CohortNotOpen refused) {
            // expected: the cohort does not exist
        }
        Json.write(ApplicationReceipt.of(application));
    }

    /** A cohort taking applications now (its year ahead), that does not exist. */
    private static Cohort openCohort(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return new Cohort(new CohortId(PrimingRequest.NO_SUCH_ID), "Priming", Instant.EPOCH,
                now.plus(Duration.ofDays(1)), today.plusDays(30), today.plusYears(1), 2, ZoneOffset.UTC,
                Instant.EPOCH, Optional.empty(), Optional.empty(), Cohort.ApplicationCounts.NONE);
    }

    /**
     * A whole keyed submission, offline ({@link AwsClients#offline()}): the offline clients are given
     * an open cohort, then the form is submitted: the key claimed, the cohort read, the link signed
     * with a placeholder key, the transaction written and the answer stored, none of it anywhere.
     */
    private void offlineSubmission() {
        AwsClients offline = aws.offline();
        new Transactions(offline).write(List.of(new Cohorts(offline).newCohort(openCohort(offline.environment().clock().instant()))));
        serve(new SubmitApplicationHandler(offline, offline.environment().clock()),
                PrimingRequest.of("POST /cohorts/{cohortId}/applications").header("Idempotency-Key", "priming").body(FORM));
    }

    @Override
    public void prime() {
        serve(handler,
                PrimingRequest.of("POST /cohorts/{cohortId}/applications").body(FORM),
                PrimingRequest.of("GET /applications/confirm").query("token", PrimingRequest.NO_SUCH_ID),
                PrimingRequest.of("POST /applications/confirm").query("token", PrimingRequest.NO_SUCH_ID),
                PrimingRequest.of("GET /reapply").query("token", PrimingRequest.NO_SUCH_ID),
                PrimingRequest.of("POST /reapply").query("token", PrimingRequest.NO_SUCH_ID).body("{}"));
        step("form", () -> ApplicationForm.read(Json.parseBody(FORM)).toApplication(PrimingRequest.NO_SUCH_ID, 2,
                PrimingRequest.NO_SUCH_ID, aws.environment().clock().instant()));
        step("transaction", () -> SdkPriming.emptyTransaction(aws));
        step("submission refused by its cohort", this::refusedSubmission);
        step("signing keys", () -> SdkPriming.secretVersionThatDoesNotExist(aws,
                aws.environment().required(Setting.LINK_SIGNING_SECRET)));
        step("a confirmation link, offline", () -> LinkPriming.signAndVerifyOffline(aws, aws.environment().clock(),
                LinkPurpose.CONFIRM_EMAIL));
        step("a submission, offline", this::offlineSubmission);
    }
}
