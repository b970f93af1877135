package example.mentoring.person;

import example.mentoring.application.Application;
import example.mentoring.application.Applications;
import example.mentoring.aws.Transactions;
import example.mentoring.paging.Page;
import example.mentoring.checkin.CheckIns;
import example.mentoring.checkin.Respondent;
import example.mentoring.idempotency.StoredAnswers;
import example.mentoring.match.Match;
import example.mentoring.match.Matches;
import example.mentoring.match.MatchingRuns;
import example.mentoring.aws.Write;
import example.mentoring.match.ParticipantAccounts;
import example.mentoring.meeting.Meeting;
import example.mentoring.meeting.Meetings;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.Suppressions;
import example.mentoring.post.Post;
import example.mentoring.post.Posts;
import example.mentoring.post.Subscriptions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Erases one person: wherever their address, name, free text or demographics are held, they are
 * removed or replaced by one random pseudonym ({@code erased-…@erased.invalid}, the same in every
 * table of one erasure, so a pair still reads as a pair); emails not sent yet are dropped; what
 * the program's figures count (roles, matches, meetings and minutes, emails sent) stays, so every
 * aggregate is unchanged. Each record is found by the address, so an erasure that stopped halfway
 * is finished by asking again, and asking again after that finds nothing: 200 with zeros.
 * Meetings are found through the person's matches, so they are erased before the matches, and the
 * stored matching runs' snapshots of their applications through the applications, so before those.
 */
public final class PersonErasure {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Applications applications;
    private final Matches matches;
    private final Meetings meetings;
    private final Notifications notifications;
    private final Subscriptions subscriptions;
    private final Suppressions suppressions;
    private final Posts posts;
    private final ParticipantAccounts accounts;
    private final CheckIns checkIns;
    private final MatchingRuns matchingRuns;
    private final StoredAnswers storedAnswers;
    private final Transactions transactions;
    private final Clock clock;

    public PersonErasure(Applications applications, Matches matches, Meetings meetings, Notifications notifications,
            Subscriptions subscriptions, Suppressions suppressions, Posts posts, ParticipantAccounts accounts,
            CheckIns checkIns, MatchingRuns matchingRuns, StoredAnswers storedAnswers, Transactions transactions, Clock clock) {
        this.applications = applications;
        this.matches = matches;
        this.meetings = meetings;
        this.notifications = notifications;
        this.subscriptions = subscriptions;
        this.suppressions = suppressions;
        this.posts = posts;
        this.accounts = accounts;
        this.checkIns = checkIns;
        this.matchingRuns = matchingRuns;
        this.storedAnswers = storedAnswers;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What one erasure changed, by kind of record (never the address). */
    public record Erased(List<String> cohorts, int applications, int matches, int meetings, int emailsDropped,
            int emailsScrubbed, int posts, int checkIns, int matchingRuns, int storedAnswers, boolean newsletterRecord,
            boolean suppression, boolean account) {
    }

    public Erased erase(PersonEmail email) {
        String address = email.value();
        String pseudonym = "erased-" + HexFormat.of().formatHex(bytes())
                + "@" + Application.ERASED_DOMAIN;
        TreeSet<String> cohorts = new TreeSet<>();

        List<Match> matched = matches.ofParticipant(address);
        List<Application> applied = applications.ofEmail(address);
        // what other people's emails may name them by: the address, and each name they went by
        TreeSet<String> named = new TreeSet<>(List.of(address));
        applied.forEach(a -> named.add(a.name()));
        matched.forEach(m -> named.add(m.mentorEmail().equals(address) ? m.mentorName() : m.menteeName()));
        named.remove(Applications.ERASED);
        List<String> mentions = List.copyOf(named);
        int meetingsErased = 0;
        for (Match match : matched) {
            for (Meeting meeting : Page.all(page -> meetings.list(match.matchId(), page))) {
                if (meeting.loggedBy().stream().anyMatch(l -> l.email().equals(address))) {
                    transactions.write(List.of(meetings.erase(meeting, address, pseudonym)));
                    meetingsErased++;
                }
            }
        }
        for (Match match : matched) {
            transactions.write(List.of(matches.erase(match, address, pseudonym)));
            cohorts.add(match.cohortId());
        }
        List<Post> written = posts.byAuthor(address);
        for (Post post : written) {
            transactions.write(List.of(posts.eraseAuthor(post, pseudonym)));
        }
        int dropped = 0;
        int scrubbed = 0;
        for (String id : notifications.idsTo(address)) {
            switch (notifications.erase(id, address, pseudonym)) {
                case DROPPED -> dropped++;
                case SCRUBBED -> scrubbed++;
                case NOTHING -> { }
            }
        }
        for (String id : notifications.idsMentioning(address, mentions)) {
            switch (notifications.eraseMention(id, mentions)) {
                case DROPPED -> dropped++;
                case SCRUBBED -> scrubbed++;
                case NOTHING -> { }
            }
        }
        // answers kept for Idempotency-Key retries (a meeting they logged, a post they wrote), found as the emails are
        int answersErased = storedAnswers.erase(mentions);
        List<Respondent> sent = checkIns.sentTo(address);
        for (Respondent respondent : sent) {
            transactions.write(List.of(checkIns.eraseRecipient(respondent, pseudonym)));
        }
        boolean newsletter = subscriptions.forget(address);
        boolean suppression = suppressions.forget(address);
        boolean account = accounts.remove(address);
        // the runs' snapshots of the applications, found through the applications: before those are erased
        int runsErased = 0;
        Map<String, Set<String>> appliedByCohort = applied.stream().collect(Collectors.groupingBy(Application::cohortId,
                Collectors.mapping(Application::applicationId, Collectors.toSet())));
        for (var cohort : appliedByCohort.entrySet()) {
            for (MatchingRuns.RunHeader run : matchingRuns.headers(cohort.getKey())) {
                List<Write> rewrite = matchingRuns.erase(cohort.getKey(), run.runId(), cohort.getValue(), pseudonym);
                if (!rewrite.isEmpty()) {
                    transactions.write(rewrite);
                    runsErased++;
                }
            }
        }
        for (Application application : applied) {
            transactions.write(applications.erase(application, pseudonym, clock.instant()));
            cohorts.add(application.cohortId());
        }
        return new Erased(List.copyOf(cohorts), applied.size(), matched.size(), meetingsErased, dropped, scrubbed,
                written.size(), sent.size(), runsErased, answersErased, newsletter, suppression, account);
    }

    private static byte[] bytes() {
        byte[] bytes = new byte[10];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
