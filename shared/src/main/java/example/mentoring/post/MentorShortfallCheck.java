package example.mentoring.post;

import example.mentoring.access.CoordinatorDirectory;
import example.mentoring.aws.Transactions.ConditionsFailed;
import example.mentoring.aws.Transactions;
import example.mentoring.aws.Write;
import example.mentoring.cohort.Cohort;
import example.mentoring.cohort.Cohorts;
import example.mentoring.log.Log;
import example.mentoring.notification.Outbox;
import example.mentoring.notification.email.MentorShortfall;
import example.mentoring.text.Digests;
import example.mentoring.text.ReadableTime;
import example.mentoring.text.Slugs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Seven days before a cohort's deadline, checks once whether its mentees outnumber the mentor
 * slots offered: if so, every coordinator is emailed the shortfall and a "Become a mentor" draft
 * post is written for them to edit and publish. Run by the close-cohort function's periodic sweep.
 * The check is recorded on the cohort in the same transaction as the emails and the draft, on
 * condition that it was not recorded before: all or nothing, and once however often it runs. A
 * cohort created less than seven days before its deadline is never checked (it has had no time to
 * gather applications).
 */
public final class MentorShortfallCheck {

    public static final Duration AHEAD = Duration.ofDays(7);

    private final Cohorts cohorts;
    private final Posts posts;
    private final PostRendering rendering;
    private final PostLinks links;
    private final CoordinatorDirectory coordinators;
    private final Outbox outbox;
    private final Transactions transactions;
    private final String programName;
    private final Clock clock;

    public MentorShortfallCheck(Cohorts cohorts, Posts posts, PostRendering rendering, PostLinks links,
                                CoordinatorDirectory coordinators, Outbox outbox, Transactions transactions,
                                String programName, Clock clock) {
        this.cohorts = cohorts;
        this.posts = posts;
        this.rendering = rendering;
        this.links = links;
        this.coordinators = coordinators;
        this.outbox = outbox;
        this.transactions = transactions;
        this.programName = programName;
        this.clock = clock;
    }

    /** Checks every open cohort due for its check; the cohorts found short of mentor slots. */
    public List<Cohort> checkDue() {
        Instant now = clock.instant();
        List<Cohort> short_ = new ArrayList<>();
        for (Cohort cohort : cohorts.shortfallUncheckedAt(now, AHEAD)) {
            if (cohort.createdAt().isAfter(cohort.applicationDeadline().minus(AHEAD))) {
                continue; // created inside the last week: never checked
            }
            if (check(cohort, now)) {
                short_.add(cohort);
            }
        }
        return short_;
    }

    private boolean check(Cohort cohort, Instant now) {
        Cohort.ApplicationCounts counts = cohort.counts();
        boolean isShort = counts.mentees() > counts.mentorSlots();
        List<CoordinatorDirectory.Coordinator> everyone = isShort ? coordinators.all() : List.of();
        List<Write> writes = new ArrayList<>();
        writes.add(cohorts.shortfallChecked(cohort.id(), now));
        if (!everyone.isEmpty()) {
            writes.addAll(draft(cohort, everyone.get(0).email(), now));
            for (CoordinatorDirectory.Coordinator coordinator : everyone) {
                writes.add(outbox.notify("shortfall-" + cohort.id() + "-" + Digests.sha256Hex(coordinator.email(), 10),
                        coordinator.email(), new MentorShortfall(programName, coordinator.name(), cohort.name(),
                                counts.mentees(), counts.mentorSlots(), cohort.applicationDeadline(), cohort.timeZone(),
                                links.coordinatorPosts())));
            }
        }
        try {
            transactions.write(writes);
        } catch (ConditionsFailed checkedOrClosedMeanwhile) {
            return false; // another run checked it, or it closed; a slug taken meanwhile is retried by the next sweep
        }
        Log.info("cohort.shortfall-checked", Map.of("cohortId", cohort.id().value(), "short", isShort,
                "coordinatorsEmailed", everyone.size()));
        return isShort;
    }

    /** The "Become a mentor" draft, owned by the first coordinator (any coordinator edits it). */
    private List<Write> draft(Cohort cohort, String authorEmail, Instant now) {
        String title = "Become a mentor: " + cohort.name();
        String body = """
                **%s** of the %s has more mentees than mentors, and applications close on **%s**.

                Mentors are experienced association members who guide one to three early-career
                librarians for a year: a conversation about once a month, help with a job search or
                an interview, an introduction to committee work, a second opinion. Most mentors
                spend an hour or two a month, and learn as much as they teach.

                If you have a few years of practice behind you, please consider mentoring this year.

                [Apply as a mentor](%s)
                """.formatted(cohort.name(), programName, ReadableTime.in(cohort.timeZone()).dateTime(cohort.applicationDeadline()),
                links.apply(cohort.id().value()));
        PostForm form = new PostForm(title, body, programName, List.of("call-for-mentors"), Optional.of(cohort.id().value()));
        Posts.FreeSlug slug = posts.freeSlug(Slugs.slugify(title));
        Post draft = rendering.draft("mentors-" + cohort.id(), slug.slug(), form, authorEmail, now);
        return slug.with(posts.create(draft));
    }
}
