package example.mentoring.match;

import example.mentoring.application.Application;
import example.mentoring.application.ApplicationForm;
import example.mentoring.application.ApplicationIntake;
import example.mentoring.application.ApplicationNotFound;
import example.mentoring.application.ApplicationReceipt;
import example.mentoring.application.Applications;
import example.mentoring.aws.Transactions;
import example.mentoring.aws.Write;
import example.mentoring.cohort.Cohort;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.Cohorts;
import example.mentoring.link.LinkPurpose;
import example.mentoring.link.SignedLinks;
import example.mentoring.log.Log;
import example.mentoring.notification.Outbox;
import example.mentoring.notification.email.ReapplyInvitation;
import example.mentoring.outcome.FieldError;
import example.mentoring.outcome.Invalid;
import example.mentoring.outcome.Malformed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Wait-list carry-over: a new cohort created {@code carryOverFrom} earlier ones invites their
 * wait-listed mentees — mentees of a matched cohort who are in no match, there or since — to
 * re-apply in one step, with a signed link to the web app's page ({@code {PublicBaseUrl}/app/reapply?token=…},
 * which reads and posts {@code /reapply}) naming the
 * new cohort, the earlier one and the earlier application (never the address). A re-application
 * has {@code priority} in matching and its address is already confirmed. Each mentee is invited
 * once per new cohort (the outbox entry's id follows from both), however often this runs. The new
 * cohort's carry-over is pending in its own item from its creation until every invitation is in the
 * outbox, so a request that stopped half-way is finished by the sweep ({@link #resumePending}).
 */
public final class CarryOver {

    private final Cohorts cohorts;
    private final Applications applications;
    private final Matches matches;
    private final Outbox outbox;
    private final Transactions transactions;
    private final SignedLinks links;
    private final String publicBaseUrl;
    private final String programName;
    private final Clock clock;

    public CarryOver(Cohorts cohorts, Applications applications, Matches matches, Outbox outbox,
            Transactions transactions, SignedLinks links, String publicBaseUrl, String programName, Clock clock) {
        this.cohorts = cohorts;
        this.applications = applications;
        this.matches = matches;
        this.outbox = outbox;
        this.transactions = transactions;
        this.links = links;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
        this.programName = programName;
        this.clock = clock;
    }

    /** The earlier cohorts, checked before the new one is created: each must exist and have been matched (422 otherwise). */
    public List<Cohort> sources(List<CohortId> ids, CohortId newCohort) {
        List<FieldError> errors = new ArrayList<>();
        List<Cohort> found = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String pointer = "/carryOverFrom/" + i;
            CohortId id = ids.get(i);
            if (id.equals(newCohort)) {
                errors.add(new FieldError(pointer, "is the new cohort itself"));
                continue;
            }
            var cohort = cohorts.find(id);
            if (cohort.isEmpty()) {
                errors.add(new FieldError(pointer, "names no cohort"));
            } else if (cohort.get().confirmedRunId().isEmpty()) {
                errors.add(new FieldError(pointer, "has no wait list yet: its matching was not confirmed"));
            } else {
                found.add(cohort.get());
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return found;
    }

    /** Invites the wait-listed mentees of {@code sources} to {@code target}; answers how many were invited. */
    public int invite(Cohort target, List<Cohort> sources) {
        int invited = writeInvitations(target, sources);
        if (!sources.isEmpty()) {
            cohorts.carryOverInvited(target.id(), clock.instant());
        }
        return invited;
    }

    /** Writes the invitations not written before; answers how many the carry-over has in all. */
    private int writeInvitations(Cohort target, List<Cohort> sources) {
        Map<String, Invitee> invitees = new LinkedHashMap<>();
        for (Cohort source : sources) {
            Set<String> matched = new HashSet<>();
            for (Match match : matches.allOfCohort(source.id().value())) {
                matched.add(match.menteeApplicationId());
            }
            applications.all(source.id().value()).stream()
                    .filter(a -> !a.isMentor() && !a.erased() && !matched.contains(a.applicationId()))
                    .forEach(a -> invitees.merge(a.email(), new Invitee(source, a),
                            (one, other) -> one.application().submittedAt().isAfter(other.application().submittedAt()) ? one : other));
        }
        List<List<Write>> groups = new ArrayList<>();
        for (Invitee invitee : invitees.values().stream()
                .sorted(Comparator.comparing((Invitee i) -> i.application().submittedAt())).toList()) {
            if (!matches.ofParticipant(invitee.application().email()).isEmpty()) {
                continue; // matched since, in a later cohort or a rematch
            }
            Application earlier = invitee.application();
            String token = links.sign(LinkPurpose.REAPPLY,
                    target.id().value() + "/" + invitee.source().id().value() + "/" + earlier.applicationId());
            groups.add(List.of(outbox.notify("reapply-" + target.id().value() + "-" + earlier.applicationId(), earlier.email(),
                    new ReapplyInvitation(programName, earlier.name(), invitee.source().name(), target.name(),
                            target.applicationDeadline(), target.timeZone(), publicBaseUrl + "/app/reapply?token=" + token))));
        }
        transactions.writeOnce(groups, 25);
        Log.info("carryOver.invited", Map.of("cohortId", target.id().value(), "invited", groups.size()));
        return groups.size();
    }

    /**
     * Finishes every carry-over still pending: the creating request stopped before all its
     * invitations were written (the function died, the outbox refused). Invitations written before
     * are not written again (their ids follow from the cohorts and the application); a carry-over
     * whose earlier cohorts are gone invites nobody and is done. One that fails stays pending for the
     * next sweep and stops no other. Answers the cohorts finished.
     */
    public List<CohortId> resumePending() {
        List<CohortId> finished = new ArrayList<>();
        for (Cohorts.PendingCarryOver pending : cohorts.carryOversPending()) {
            CohortId id = pending.cohort().id();
            try {
                writeInvitations(pending.cohort(), pending.from().stream().flatMap(from -> cohorts.find(from).stream()).toList());
                cohorts.carryOverInvited(id, clock.instant());
                Log.info("carryOver.resumed", Map.of("cohortId", id.value()));
                finished.add(id);
            } catch (RuntimeException failed) {
                Log.warn("carryOver.resumeFailed", Map.of("cohortId", id.value(), "exception", failed.getClass().getName()));
            }
        }
        return finished;
    }

    private record Invitee(Cohort source, Application application) {
    }

    /** What a re-apply link opens: the new cohort, and the earlier application (the holder's own, demographics included). */
    public record Invitation(Cohort cohort, Application earlier) {
    }

    /** The invitation a token names; 400 for a link that is not genuine or expired, 404 when the earlier application is gone. */
    public Invitation invitation(String token) {
        String[] parts = links.verify(LinkPurpose.REAPPLY, token).map(id -> id.split("/", -1))
                .filter(p -> p.length == 3 && CohortId.isValid(p[0]) && CohortId.isValid(p[1]) && !p[2].isEmpty())
                .orElseThrow(() -> new Malformed("The re-apply link is not valid or has expired."));
        Application earlier = applications.find(parts[1], parts[2]).filter(a -> !a.erased())
                .orElseThrow(() -> new ApplicationNotFound("The application of this link no longer exists."));
        return new Invitation(cohorts.get(new CohortId(parts[0])), earlier);
    }

    /**
     * Re-applies: the earlier application, revised by the holder ({@code revise} reads and checks
     * their changes), to the new cohort with priority; 409 duplicate-application the second time,
     * cohort-not-open once it closed.
     */
    public ApplicationReceipt reapply(String token, Function<Application, ApplicationForm> revise, ApplicationIntake intake) {
        Invitation invitation = invitation(token);
        return intake.submitCarriedOver(invitation.cohort().id(), revise.apply(invitation.earlier()));
    }
}
