package example.mentoring.person;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import example.mentoring.application.Application;
import example.mentoring.application.ApplicationView;
import example.mentoring.application.Applications;
import example.mentoring.paging.Page;
import example.mentoring.checkin.CheckIns;
import example.mentoring.match.Match;
import example.mentoring.match.MatchViews;
import example.mentoring.match.Matches;
import example.mentoring.meeting.MeetingView;
import example.mentoring.meeting.Meetings;
import example.mentoring.notification.NotificationView;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.Suppressions;
import example.mentoring.post.Post;
import example.mentoring.post.Posts;
import example.mentoring.post.Subscriptions;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/** Everything the program holds about one address, from every table that can hold it. */
public final class PersonData {

    private final Applications applications;
    private final Matches matches;
    private final Meetings meetings;
    private final Notifications notifications;
    private final Subscriptions subscriptions;
    private final Suppressions suppressions;
    private final Posts posts;
    private final CheckIns checkIns;
    /** The reads' threads: platform threads, started per request (a virtual-thread scheduler is more to load on a cold start). */
    private static final ThreadFactory READERS = Thread.ofPlatform().name("person-data-", 0).daemon().factory();

    public PersonData(Applications applications, Matches matches, Meetings meetings, Notifications notifications,
            Subscriptions subscriptions, Suppressions suppressions, Posts posts, CheckIns checkIns) {
        this.applications = applications;
        this.matches = matches;
        this.meetings = meetings;
        this.notifications = notifications;
        this.subscriptions = subscriptions;
        this.suppressions = suppressions;
        this.posts = posts;
        this.checkIns = checkIns;
    }

    /** What one address has: its own view of each record (demographics included: they are theirs); {@code suppression} null when none. */
    public record Held(String email, List<String> cohorts, List<ApplicationView> applications,
            List<MatchViews.MatchView> matches, List<MeetingView> meetingsLogged, List<NotificationView> emails,
            Newsletter newsletter, SuppressionView suppression, List<PostView> posts, List<CheckInAnswers> checkIns) {
    }

    /** Whether the address has a newsletter record, and when it opted out. */
    public record Newsletter(boolean known, Instant optedOutAt) {
    }

    /** A check-in sent to the address, and what they answered (nothing yet: no answers). */
    public record CheckInAnswers(String checkInId, java.util.Map<String, Object> answers, Instant answeredAt) {
    }

    public record SuppressionView(String reason, Instant suppressedAt) {
    }

    public record PostView(String postId, String slug, String title, String status, String authorName) {
    }

    /** The cohorts the address applied to or was matched in: where its data is. */
    public List<String> cohortsOf(PersonEmail email) {
        return cohortsOf(applications.ofEmail(email.value()), matches.ofParticipant(email.value()));
    }

    private static List<String> cohortsOf(List<Application> applied, List<Match> matched) {
        TreeSet<String> cohorts = new TreeSet<>();
        applied.forEach(a -> cohorts.add(a.cohortId()));
        matched.forEach(m -> cohorts.add(m.cohortId()));
        return List.copyOf(cohorts);
    }

    /**
     * Everything the address has. The first read (the matches, which the meetings need) runs alone:
     * it walks the SDK client's request path once, where reads side by side would each walk it cold
     * on a cold start (every thread linking the same call sites and loading the same classes). The
     * other tables are then read side by side, each on a thread of its own: two requests' worth of
     * round trips instead of eight in a row.
     */
    public Held of(PersonEmail email) {
        String address = email.value();
        List<Match> matched = matches.ofParticipant(address);
        try (ExecutorService reads = Executors.newThreadPerTaskExecutor(READERS)) {
            Future<List<Application>> applied = reads.submit(() -> applications.ofEmail(address));
            Future<List<MeetingView>> logged = reads.submit(() -> matched.stream()
                    .flatMap(m -> Page.all(page -> meetings.list(m.matchId(), page)).stream())
                    .filter(meeting -> meeting.loggedBy().stream().anyMatch(l -> l.email().equals(address)))
                    .map(MeetingView::of).toList());
            Future<List<NotificationView>> emails = reads.submit(() -> notifications.idsTo(address).stream()
                    .flatMap(id -> notifications.view(id).stream()).toList());
            Future<Newsletter> newsletter = reads.submit(() -> subscriptions.find(address)
                    .map(optOut -> new Newsletter(true, optOut.orElse(null))).orElse(new Newsletter(false, null)));
            Future<SuppressionView> suppression = reads.submit(() -> suppressions.find(address)
                    .map(s -> new SuppressionView(s.reason().name(), s.suppressedAt())).orElse(null));
            Future<List<PostView>> written = reads.submit(() -> posts.byAuthor(address).stream()
                    .map(PersonData::view).toList());
            Future<List<CheckInAnswers>> answered = reads.submit(() -> checkIns.sentTo(address).stream()
                    .map(r -> new CheckInAnswers(r.checkInId(), r.answers(), r.answeredAt().orElse(null))).toList());
            List<Application> applicationsOf = join(applied);
            return new Held(address, cohortsOf(applicationsOf, matched), applicationsOf.stream().map(ApplicationView::of).toList(),
                    matched.stream().map(MatchViews.MatchView::of).toList(), join(logged), join(emails), join(newsletter),
                    join(suppression), join(written), join(answered));
        }
    }

    /** A read's result, or what it threw (a refusal stays the refusal it was). */
    private static <T> T join(Future<T> read) {
        try {
            return read.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException refusal) {
                throw refusal;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static PostView view(Post post) {
        return new PostView(post.postId(), post.slug(), post.title(), post.status().name(), post.authorName());
    }
}
