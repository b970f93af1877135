package example.mentoring.match;

import example.mentoring.application.Applications.Contact;
import example.mentoring.application.Applications;
import example.mentoring.aws.Write;
import example.mentoring.cohort.Cohort;
import example.mentoring.matchengine.Proposal;
import example.mentoring.matchengine.UnmatchedMentee;
import example.mentoring.notification.Outbox;
import example.mentoring.notification.email.MatchIntroduction;
import example.mentoring.notification.email.ProgramRole;
import example.mentoring.notification.email.WaitListNotice;
import example.mentoring.text.Digests;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds a run's {@link ConfirmationPlan}: every write is built here, before any is made, so that
 * whatever can fail (an application gone since the run, an email that will not build) fails
 * before the cohort is marked as matched. Every write is conditional on not existing and every id
 * follows from the run, so writing a step twice is refused rather than duplicated.
 */
final class ConfirmationPlanner {

    private final Applications applications;
    private final Matches matches;
    private final Outbox outbox;
    private final String programName;
    private final String publicBaseUrl;

    ConfirmationPlanner(Applications applications, Matches matches, Outbox outbox, String programName,
                        String publicBaseUrl) {
        this.applications = applications;
        this.matches = matches;
        this.outbox = outbox;
        this.programName = programName;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /**
     * The plan of {@code run}; {@code startedAt} is when the confirmation started (the matches'
     * start date and creation time), the same for every worker that rebuilds the plan.
     */
    ConfirmationPlan plan(Cohort cohort, MatchingRun run, Instant startedAt) {
        Map<String, Contact> byId = applications.contacts(run.cohortId()).stream()
                .collect(Collectors.toMap(Contact::applicationId, Function.identity()));
        LocalDate startsOn = LocalDate.ofInstant(startedAt, ZoneOffset.UTC);
        List<List<Write>> pairs = new ArrayList<>();
        Set<String> invitations = new LinkedHashSet<>();
        for (Proposal proposal : run.result().proposals()) {
            Contact mentor = applicationOf(byId, proposal.mentorApplicationId(), run.runId());
            Contact mentee = applicationOf(byId, proposal.menteeApplicationId(), run.runId());
            pairs.add(pairWrites(cohort, run, proposal, mentor, mentee, startsOn, startedAt));
            invitations.add(mentor.email());
            invitations.add(mentee.email());
        }
        List<List<Write>> notices = new ArrayList<>();
        // A rematch tells nobody again: the wait-listed were told at the first confirmation.
        List<UnmatchedMentee> toNotify = run.scope() == RunScope.UNMATCHED ? List.of() : run.result().unmatched();
        for (UnmatchedMentee unmatched : toNotify) {
            Contact mentee = applicationOf(byId, unmatched.menteeApplicationId(), run.runId());
            notices.add(List.of(outbox.notify("waitlist-" + run.runId() + "-" + mentee.applicationId(), mentee.email(),
                    new WaitListNotice(programName, cohort.name(), mentee.name()))));
        }
        return new ConfirmationPlan(pairs, notices, List.copyOf(invitations));
    }

    private List<Write> pairWrites(Cohort cohort, MatchingRun run, Proposal proposal, Contact mentor,
                                               Contact mentee, LocalDate startsOn, Instant now) {
        List<String> shared = mentee.interests().stream().filter(mentor.interests()::contains).toList();
        String matchId = run.scope() == RunScope.UNMATCHED
                ? matchIdOf(run.cohortId(), mentee.applicationId(), run.runId())
                : matchIdOf(run.cohortId(), mentee.applicationId());
        Match match = new Match(matchId, run.cohortId(), run.runId(), mentor.applicationId(), mentee.applicationId(),
                mentor.name(), mentor.email(), mentee.name(), mentee.email(), proposal.score(), shared, startsOn, now);
        String meetingsUrl = publicBaseUrl + "/matches/" + matchId;
        return List.of(
                matches.add(match),
                outbox.notify("intro-" + matchId + "-mentor", mentor.email(), new MatchIntroduction(programName,
                        cohort.name(), mentor.name(), mentor.email(), mentee.name(), mentee.email(), ProgramRole.MENTOR,
                        shared, cohort.programStart(), meetingsUrl)),
                outbox.notify("intro-" + matchId + "-mentee", mentee.email(), new MatchIntroduction(programName,
                        cohort.name(), mentee.name(), mentee.email(), mentor.name(), mentor.email(), ProgramRole.MENTEE,
                        shared, cohort.programStart(), meetingsUrl)));
    }

    /** An application the run names; gone or erased since the run means the run is outdated. */
    private static Contact applicationOf(Map<String, Contact> byId, String applicationId, String runId) {
        Contact application = byId.get(applicationId);
        if (application == null || application.erased()) {
            throw new RunOutdated(runId);
        }
        return application;
    }

    /** A mentee has one match from the cohort's matching: its id follows from the two, stable across retries. */
    static String matchIdOf(String cohortId, String menteeApplicationId) {
        return "m" + Digests.sha256Hex(cohortId + "\n" + menteeApplicationId, 12);
    }

    /** A rematched mentee has a match per rematch (the ended one keeps its id): the run is part of the id. */
    static String matchIdOf(String cohortId, String menteeApplicationId, String runId) {
        return "m" + Digests.sha256Hex(cohortId + "\n" + menteeApplicationId + "\n" + runId, 12);
    }
}
