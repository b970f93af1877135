package example.mentoring.recruitment;

import example.mentoring.application.Application;
import example.mentoring.application.Applications;
import example.mentoring.aws.Transactions;
import example.mentoring.aws.Write;
import example.mentoring.cohort.Cohort;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.CohortNotOpen;
import example.mentoring.cohort.CohortStatus;
import example.mentoring.cohort.Cohorts;
import example.mentoring.link.LinkPurpose;
import example.mentoring.link.SignedLinks;
import example.mentoring.log.Log;
import example.mentoring.match.Match;
import example.mentoring.match.MatchStatus;
import example.mentoring.match.Matches;
import example.mentoring.notification.Outbox;
import example.mentoring.notification.email.AlumniInvitation;
import example.mentoring.paging.Page;
import example.mentoring.post.PostLinks;
import example.mentoring.post.Subscriptions;
import example.mentoring.text.Digests;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Invites alumni to apply as mentors to a cohort that takes (or will take) applications: every
 * past mentor (in a match of another cohort, whatever became of it) and every mentee whose program
 * year completed (a COMPLETED match). Left out: erased people, addresses that opted out of the
 * newsletter, and anyone who applied to the cohort already. Each address gets one invitation per
 * cohort — the outbox id follows from both — however often a coordinator asks.
 */
public final class AlumniInvitations {

    static final int PER_TRANSACTION = 25;

    private final Cohorts cohorts;
    private final Applications applications;
    private final Matches matches;
    private final Subscriptions subscriptions;
    private final Outbox outbox;
    private final Transactions transactions;
    private final SignedLinks links;
    private final PostLinks postLinks;
    private final String programName;
    private final Clock clock;

    public AlumniInvitations(Cohorts cohorts, Applications applications, Matches matches, Subscriptions subscriptions,
            Outbox outbox, Transactions transactions, SignedLinks links, PostLinks postLinks, String programName, Clock clock) {
        this.cohorts = cohorts;
        this.applications = applications;
        this.matches = matches;
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.transactions = transactions;
        this.links = links;
        this.postLinks = postLinks;
        this.programName = programName;
        this.clock = clock;
    }

    /** What a request for invitations did: how many alumni were invited now (0 when all had been). */
    public record Invited(int invited) {
    }

    /** Invites the alumni to {@code cohortId}; 409 cohort-not-open once it no longer takes applications. */
    public Invited invite(CohortId cohortId) {
        Instant now = clock.instant();
        Cohort cohort = cohorts.get(cohortId);
        CohortStatus status = cohort.statusAt(now);
        if (status != CohortStatus.UPCOMING && status != CohortStatus.OPEN) {
            throw new CohortNotOpen(cohort, now);
        }
        Map<String, String> alumni = new LinkedHashMap<>();
        for (Cohort other : Page.all(cohorts::list)) {
            if (other.id().equals(cohortId) || other.confirmedRunId().isEmpty()) {
                continue;
            }
            for (Match match : matches.allOfCohort(other.id().value())) {
                alumni.putIfAbsent(match.mentorEmail(), match.mentorName());
                if (match.status() == MatchStatus.COMPLETED) {
                    alumni.putIfAbsent(match.menteeEmail(), match.menteeName());
                }
            }
        }
        Set<String> applied = new HashSet<>();
        applications.all(cohortId.value()).stream().map(Application::email).forEach(applied::add);
        alumni.keySet().removeIf(email -> applied.contains(email) || Application.isPseudonym(email));
        alumni.keySet().removeAll(subscriptions.unsubscribed(alumni.keySet()));

        String applyUrl = postLinks.apply(cohortId.value());
        List<List<Write>> groups = new ArrayList<>();
        alumni.forEach((email, name) -> groups.add(List.of(outbox.notify(
                "alumni-" + cohortId.value() + "-" + Digests.sha256Hex(email, 10), email,
                new AlumniInvitation(programName, name, cohort.name(), cohort.applicationDeadline(), cohort.timeZone(),
                        applyUrl, postLinks.unsubscribe(links.sign(LinkPurpose.UNSUBSCRIBE, subscriptions.subscriberId(email))))))));
        int before = transactions.writeOnce(groups, PER_TRANSACTION);
        int invited = groups.size() - before;
        Log.info("alumni.invited", Map.of("cohortId", cohortId.value(), "invited", invited, "before", before));
        return new Invited(invited);
    }
}
