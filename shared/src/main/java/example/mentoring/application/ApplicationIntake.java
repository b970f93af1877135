package example.mentoring.application;

import com.github.f4b6a3.ulid.UlidCreator;
import example.mentoring.aws.Transactions;
import example.mentoring.aws.Write;
import example.mentoring.cohort.Cohort;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.CohortNotOpen;
import example.mentoring.cohort.CohortStatus;
import example.mentoring.cohort.Cohorts;
import example.mentoring.log.Log;
import example.mentoring.notification.Outbox;
import example.mentoring.notification.email.ApplicationAcknowledged;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Takes in applications. Storing one is a single transaction that counts it on the cohort only if
 * the cohort is open, claims the (role, email) pair in the cohort, stores it, and records its
 * acknowledgement (with its email-confirmation link) in the outbox: a close racing a submission leaves either a stored and
 * acknowledged application, or a refusal and nothing at all.
 */
public final class ApplicationIntake {

    private final Cohorts cohorts;
    private final Applications applications;
    private final Outbox outbox;
    private final Transactions transactions;
    private final EmailConfirmation confirmation;
    private final String programName;
    private final Clock clock;

    public ApplicationIntake(Cohorts cohorts, Applications applications, Outbox outbox, Transactions transactions,
                             EmailConfirmation confirmation, String programName, Clock clock) {
        this.cohorts = cohorts;
        this.applications = applications;
        this.outbox = outbox;
        this.transactions = transactions;
        this.confirmation = confirmation;
        this.programName = programName;
        this.clock = clock;
    }

    public ApplicationReceipt submit(CohortId cohortId, ApplicationForm form) {
        return submit(cohortId, form, receipt -> List.of());
    }

    /**
     * Submits; {@code alsoWrite} adds writes that must happen with the application or not at all
     * (the stored answer of an idempotent request).
     */
    public ApplicationReceipt submit(CohortId cohortId, ApplicationForm form,
                                     Function<ApplicationReceipt, List<Write>> alsoWrite) {
        return submit(cohortId, form, false, alsoWrite);
    }

    /**
     * Submits the re-application of a wait-listed mentee (carry-over): with priority and its
     * address already confirmed (the invitation reached it); the same rules otherwise.
     */
    public ApplicationReceipt submitCarriedOver(CohortId cohortId, ApplicationForm form) {
        return submit(cohortId, form, true, receipt -> List.of());
    }

    private ApplicationReceipt submit(CohortId cohortId, ApplicationForm form, boolean carriedOver,
                                      Function<ApplicationReceipt, List<Write>> alsoWrite) {
        Instant now = clock.instant();
        Cohort cohort = cohorts.get(cohortId);
        String applicationId = UlidCreator.getMonotonicUlid().toString();
        Application made = form.toApplication(cohortId.value(), cohort.defaultMentorCapacity(), applicationId, now);
        Application application = carriedOver ? made.carriedOver(now) : made;
        if (cohort.statusAt(now) != CohortStatus.OPEN) {
            throw new CohortNotOpen(cohort, now);
        }
        ApplicationReceipt receipt = ApplicationReceipt.of(application);
        List<Write> writes = new ArrayList<>(writes(cohort, application, confirmation.url(cohortId.value(), applicationId), now));
        writes.addAll(alsoWrite.apply(receipt));
        transactions.write(writes);
        Log.info("application.submitted", Map.of("cohortId", cohortId.value(), "applicationId", applicationId,
                "role", application.role().name(), "carriedOver", carriedOver));
        return receipt;
    }

    /**
     * What storing an application writes, in one transaction: the cohort's count (only while it is
     * open), the (role, email) claim, the application, and its acknowledgement with {@code confirmUrl}
     * in the outbox. SnapStart priming builds it too, for a cohort that does not exist.
     */
    List<Write> writes(Cohort cohort, Application application, String confirmUrl, Instant now) {
        ApplicationAcknowledged acknowledgement = new ApplicationAcknowledged(programName, application.name(),
                cohort.name(), application.role(), cohort.applicationDeadline(), cohort.timeZone(),
                application.applicationId(), confirmUrl);
        return List.of(
                cohorts.admit(cohort.id(), application.isMentor(), application.slots(), now)
                        .refusing(() -> new CohortNotOpen(cohorts.find(cohort.id()).orElse(cohort), clock.instant())),
                applications.claimUniqueness(application),
                applications.store(application),
                outbox.notify("ack-" + application.applicationId(), application.email(), acknowledgement));
    }
}
