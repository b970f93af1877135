import { api, ok, type Cohort } from "../../api";
import { Page, Pending, useLoad } from "../../components/page";
import { cohortDate, cohortTime } from "../../format";
import { href } from "../../router";

const STATUS_WORDS: Record<Cohort["status"], string> = {
  UPCOMING: "Opens soon",
  OPEN: "Open for applications",
  CLOSED: "Closed: matching under way",
  MATCHED: "Matched: the program year is on",
  COMPLETED: "Completed",
};

/** Anyone: what the program is, and the cohorts open or opening for applications. */
export function HomePage() {
  const [cohorts] = useLoad(() => ok(api.GET("/cohorts", { params: { query: { limit: 50 } } })), []);
  const open = cohorts.state === "ready" ? cohorts.value.items.filter((c) => c.status === "OPEN" || c.status === "UPCOMING") : [];
  const past = cohorts.state === "ready" ? cohorts.value.items.filter((c) => c.status !== "OPEN" && c.status !== "UPCOMING") : [];
  return (
    <Page title="Mentoring for children's librarians"
      lead="A year of mentoring: an experienced librarian and a newer one meet about once a month for conversations, mock interviews, blog posts, research and committee service.">
      <section aria-labelledby="how">
        <h2 id="how">How it works</h2>
        <ol class="steps">
          <li>Apply before a cohort's deadline, as a mentor (association members) or as a mentee.</li>
          <li>Confirm your email with the link we send you.</li>
          <li>After the deadline the coordinators match mentors and mentees by shared interests and what you asked for.</li>
          <li>You meet monthly for a year and log your meetings here.</li>
        </ol>
      </section>
      <section aria-labelledby="open">
        <h2 id="open">Cohorts open for applications</h2>
        <Pending loaded={cohorts} />
        {cohorts.state === "ready" && open.length === 0 && <p>No cohort is open right now. Follow the <a href={href("posts")}>posts</a> to hear when the next one opens.</p>}
        <ul class="cards">
          {open.map((cohort) => (
            <li class="card" key={cohort.cohortId}>
              <h3>{cohort.name}</h3>
              <p class="status-line"><span class={`badge status-${cohort.status.toLowerCase()}`}>{STATUS_WORDS[cohort.status]}</span></p>
              <dl class="facts">
                {cohort.status === "UPCOMING" && <><dt>Opens</dt><dd>{cohortTime(cohort.opensAt, cohort.timeZone)}</dd></>}
                <dt>Apply by</dt><dd>{cohortTime(cohort.applicationDeadline, cohort.timeZone)}</dd>
                <dt>Program year</dt><dd>{cohortDate(cohort.programStart)} to {cohortDate(cohort.programEnd)}</dd>
              </dl>
              {cohort.status === "OPEN" && (
                <a class="button primary" href={href(`cohorts/${encodeURIComponent(cohort.cohortId)}/apply`)}>Apply to {cohort.name}</a>
              )}
            </li>
          ))}
        </ul>
      </section>
      {past.length > 0 && (
        <section aria-labelledby="past">
          <h2 id="past">Earlier cohorts</h2>
          <ul class="plain">
            {past.map((c) => <li key={c.cohortId}>{c.name}: {STATUS_WORDS[c.status]}</li>)}
          </ul>
        </section>
      )}
    </Page>
  );
}
