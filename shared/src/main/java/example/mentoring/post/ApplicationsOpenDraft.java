package example.mentoring.post;

import example.mentoring.cohort.Cohort;
import example.mentoring.cohort.CohortExtras;
import example.mentoring.text.ReadableTime;
import example.mentoring.text.Slugs;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The draft "Applications open" post prepared with every new cohort (title, dates, how to apply),
 * written in the cohort's creation transaction for a coordinator to edit and publish. Its times
 * read in the cohort's zone.
 */
public final class ApplicationsOpenDraft {

    private final Posts posts;
    private final PostRendering rendering;
    private final PostLinks links;
    private final String programName;
    private final Clock clock;

    public ApplicationsOpenDraft(Posts posts, PostRendering rendering, PostLinks links, String programName, Clock clock) {
        this.posts = posts;
        this.rendering = rendering;
        this.links = links;
        this.programName = programName;
        this.clock = clock;
    }

    /** The draft, owned by the coordinator who creates the cohort. */
    public CohortExtras by(String authorEmail) {
        return cohort -> prepare(cohort, authorEmail);
    }

    private CohortExtras.Writes prepare(Cohort cohort, String authorEmail) {
        String title = "Applications open: " + cohort.name();
        ReadableTime times = ReadableTime.in(cohort.timeZone());
        String body = """
                Applications are open for **%s**, the next cohort of the %s.

                - **Applications open:** %s
                - **Deadline:** %s
                - **The program runs:** %s to %s

                **Mentors** are experienced association members who guide one to three mentees for a year.
                **Mentees** are students, early-career and returning librarians who want a guide.
                Pairs meet about once a month: conversations, mock interviews, research, committee service.

                [Apply now](%s)
                """.formatted(cohort.name(), programName, times.dateTime(cohort.opensAt()),
                times.dateTime(cohort.applicationDeadline()), ReadableTime.date(cohort.programStart()),
                ReadableTime.date(cohort.programEnd()), links.apply(cohort.id().value()));
        PostForm form = new PostForm(title, body, programName, List.of("applications-open"), Optional.of(cohort.id().value()));
        Posts.FreeSlug slug = posts.freeSlug(Slugs.slugify(title));
        Post draft = rendering.draft("open-" + cohort.id(), slug.slug(), form, authorEmail, clock.instant());
        return new CohortExtras.Writes(slug.with(posts.create(draft)), posts.remove(draft));
    }
}
