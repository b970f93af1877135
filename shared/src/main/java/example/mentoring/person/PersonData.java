package example.mentoring.person;

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

    public Held of(PersonEmail email) {
        String address = email.value();
        List<Application> applied = applications.ofEmail(address);
        List<Match> matched = matches.ofParticipant(address);
        List<MeetingView> logged = matched.stream()
                .flatMap(m -> Page.all(page -> meetings.list(m.matchId(), page)).stream())
                .filter(meeting -> meeting.loggedBy().stream().anyMatch(l -> l.email().equals(address)))
                .map(MeetingView::of).toList();
        List<NotificationView> emails = notifications.idsTo(address).stream()
                .flatMap(id -> notifications.view(id).stream()).toList();
        Newsletter newsletter = subscriptions.find(address)
                .map(optOut -> new Newsletter(true, optOut.orElse(null))).orElse(new Newsletter(false, null));
        SuppressionView suppression = suppressions.find(address)
                .map(s -> new SuppressionView(s.reason().name(), s.suppressedAt())).orElse(null);
        List<PostView> written = posts.byAuthor(address).stream()
                .map(PersonData::view).toList();
        return new Held(address, cohortsOf(applied, matched), applied.stream().map(ApplicationView::of).toList(),
                matched.stream().map(MatchViews.MatchView::of).toList(), logged, emails, newsletter, suppression, written,
                checkIns.sentTo(address).stream().map(r -> new CheckInAnswers(r.checkInId(), r.answers(),
                        r.answeredAt().orElse(null))).toList());
    }

    private static PostView view(Post post) {
        return new PostView(post.postId(), post.slug(), post.title(), post.status().name(), post.authorName());
    }
}
