package example.mentoring.checkin;

import com.github.f4b6a3.ulid.UlidCreator;
import example.mentoring.aws.Transactions;
import example.mentoring.cohort.Cohort;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.CohortStatus;
import example.mentoring.cohort.Cohorts;
import example.mentoring.paging.Page;
import example.mentoring.log.Log;
import example.mentoring.outcome.Invalid;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * Check-ins as coordinators schedule and read them, and as the holders of their links answer
 * them. Log lines name check-ins and cohorts, never a question, an answer or a recipient.
 */
public final class CheckInSurveys {

    private final CheckIns checkIns;
    private final Cohorts cohorts;
    private final CheckInSchedules schedules;
    private final CheckInLinks links;
    private final Transactions transactions;
    private final Random random;
    private final Clock clock;

    public CheckInSurveys(CheckIns checkIns, Cohorts cohorts, CheckInSchedules schedules,
                          CheckInLinks links, Transactions transactions, Random random, Clock clock) {
        this.checkIns = checkIns;
        this.cohorts = cohorts;
        this.schedules = schedules;
        this.links = links;
        this.transactions = transactions;
        this.random = random;
        this.clock = clock;
    }

    /**
     * Stores the check-in, then schedules its sending; if the schedule cannot be made, the stored
     * check-in is removed and the failure reported (as creating a cohort does with its close).
     */
    public CheckIn create(CohortId cohortId, CheckInForm form) {
        Cohort cohort = cohorts.get(cohortId);
        Invalid.unless(!form.sendOn().isAfter(cohort.programEnd()), "/sendOn",
                "must be on or before the program's last day (" + cohort.programEnd() + ")");
        Instant now = clock.instant();
        ZoneId zone = cohort.timeZone();
        CheckIn checkIn = new CheckIn(UlidCreator.getMonotonicUlid().toString(), cohortId.value(), form.title(),
                form.sendOn(), CheckInSchedules.sendAt(form.sendOn(), zone), form.questions(), now, Optional.empty());
        transactions.write(List.of(checkIns.add(checkIn)));
        try {
            schedules.schedule(checkIn, zone, now);
        } catch (RuntimeException failure) {
            transactions.write(List.of(checkIns.removal(checkIn.checkInId())));
            throw failure;
        }
        Log.info("check-in.created", Map.of("checkInId", checkIn.checkInId(), "cohortId", cohortId.value(),
                "questions", checkIn.questions().size()));
        return checkIn;
    }

    /** A cohort's check-ins, newest first, each with its counts. */
    public Page<CheckInSummary> list(CohortId cohortId, Page.Request page) {
        cohorts.get(cohortId);
        return checkIns.ofCohort(cohortId.value(), page)
                .map(checkIn -> CheckInSummary.of(checkIn, checkIns.respondents(checkIn.checkInId())));
    }

    public CheckInResults results(CohortId cohortId, String checkInId) {
        CheckIn checkIn = checkIns.find(checkInId).filter(c -> c.cohortId().equals(cohortId.value()))
                .orElseThrow(CheckInNotFound::new);
        return CheckInResults.of(checkIn, checkIns.respondents(checkInId), random);
    }

    /** The questions and the holder's answers so far. */
    public Questionnaire questionnaire(String checkInId, String token) {
        Holder holder = holder(checkInId, token);
        return holder.view(checkIns.respondent(checkInId, holder.respondentId()).orElseThrow(CheckInNotFound::new));
    }

    /**
     * Stores the holder's answers in place of any earlier ones, until the cohort completes;
     * {@code read} reads them against the check-in's questions (the HTTP edge's body).
     */
    public Questionnaire answer(String checkInId, String token, Function<CheckIn, AnswerForm> read) {
        Holder holder = holder(checkInId, token);
        if (!holder.open()) {
            throw new CheckInClosed();
        }
        AnswerForm form = read.apply(holder.checkIn());
        Instant now = clock.instant();
        if (!checkIns.answer(checkInId, holder.respondentId(), form.answers(), now)) {
            throw new CheckInNotFound();
        }
        Log.info("check-in.answered", Map.of("checkInId", checkInId, "questionsAnswered", form.answers().size()));
        return holder.view(new Respondent(checkInId, holder.respondentId(), "", form.answers(), Optional.of(now)));
    }

    private record Holder(CheckIn checkIn, Cohort cohort, String respondentId, boolean open) {
        Questionnaire view(Respondent respondent) {
            return new Questionnaire(checkIn.checkInId(), checkIn.title(), cohort.name(), checkIn.questions(),
                    respondent.answers(), respondent.answeredAt().orElse(null), open);
        }
    }

    private Holder holder(String checkInId, String token) {
        String respondentId = links.respondentOf(checkInId, token).orElseThrow(CheckInNotFound::new);
        CheckIn checkIn = checkIns.find(checkInId).orElseThrow(CheckInNotFound::new);
        Cohort cohort = cohorts.find(new CohortId(checkIn.cohortId())).orElseThrow(CheckInNotFound::new);
        return new Holder(checkIn, cohort, respondentId, cohort.statusAt(clock.instant()) != CohortStatus.COMPLETED);
    }
}
