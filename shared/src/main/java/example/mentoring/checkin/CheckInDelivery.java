package example.mentoring.checkin;

import example.mentoring.aws.Transactions;
import example.mentoring.aws.Write;
import example.mentoring.cohort.Cohort;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.CohortStatus;
import example.mentoring.cohort.Cohorts;
import example.mentoring.log.Log;
import example.mentoring.match.Match;
import example.mentoring.match.Matches;
import example.mentoring.notification.Outbox;
import example.mentoring.notification.email.CheckInInvitation;
import example.mentoring.text.Digests;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Sends a check-in when its schedule fires: one email to each participant of an active match of
 * the cohort (a mentor of three pairs is one participant), through the outbox. Each recipient is a
 * group of two writes, their respondent item and their email, both keyed by an id derived from the
 * check-in and the address: a schedule that fires twice, or a run that crashed half-way and is
 * retried, finds the groups written before and skips them, so nobody gets the email twice.
 */
public final class CheckInDelivery {

    /** Two writes a recipient: 25 recipients fill half a transaction. */
    static final int RECIPIENTS_PER_TRANSACTION = 25;

    private final CheckIns checkIns;
    private final Cohorts cohorts;
    private final Matches matches;
    private final Predicate<Match> active;
    private final Outbox outbox;
    private final Transactions transactions;
    private final CheckInLinks links;
    private final String programName;
    private final Clock clock;

    public CheckInDelivery(CheckIns checkIns, Cohorts cohorts, Matches matches, Predicate<Match> active, Outbox outbox,
                           Transactions transactions, CheckInLinks links, String programName, Clock clock) {
        this.checkIns = checkIns;
        this.cohorts = cohorts;
        this.matches = matches;
        this.active = active;
        this.outbox = outbox;
        this.transactions = transactions;
        this.links = links;
        this.programName = programName;
        this.clock = clock;
    }

    /** A recipient's opaque id: the same for the same check-in and address, whichever run computes it. */
    static String respondentIdOf(String checkInId, String email) {
        return Digests.sha256Hex("check-in\n" + checkInId + "\n" + email.toLowerCase(Locale.ROOT), 12);
    }

    /** Sends the check-in to whoever has not had it yet; answers how many recipients it has. Empty for an unknown check-in. */
    public Optional<Integer> send(String checkInId) {
        Optional<CheckIn> found = checkIns.find(checkInId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CheckIn checkIn = found.get();
        Instant now = clock.instant();
        Cohort cohort = cohorts.get(new CohortId(checkIn.cohortId()));
        if (cohort.statusAt(now) == CohortStatus.COMPLETED) {
            Log.warn("check-in.notSent", Map.of("checkInId", checkInId, "reason", "cohort-completed"));
            return Optional.of(0);
        }
        Map<String, String> recipients = new LinkedHashMap<>();
        for (Match match : matches.allOfCohort(checkIn.cohortId())) {
            if (active.test(match)) {
                recipients.putIfAbsent(match.mentorEmail(), match.mentorName());
                recipients.putIfAbsent(match.menteeEmail(), match.menteeName());
            }
        }
        List<List<Write>> groups = new ArrayList<>();
        recipients.forEach((email, name) -> {
            String respondentId = respondentIdOf(checkInId, email);
            CheckInInvitation invitation = new CheckInInvitation(programName, name, cohort.name(), checkIn.title(),
                    checkIn.questions().size(), links.url(checkInId, respondentId));
            groups.add(List.of(
                    checkIns.invite(new Respondent(checkInId, respondentId, email, Map.of(), Optional.empty())),
                    outbox.notify("check-in-" + checkInId + "-" + respondentId, email, invitation)));
        });
        transactions.writeOnce(groups, RECIPIENTS_PER_TRANSACTION);
        checkIns.markSent(checkInId, now);
        Log.info("check-in.sent", Map.of("checkInId", checkInId, "cohortId", checkIn.cohortId(),
                "recipients", recipients.size()));
        return Optional.of(recipients.size());
    }
}
