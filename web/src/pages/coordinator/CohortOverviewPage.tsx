import { useState } from "preact/hooks";
import { api, ok } from "../../api";
import { Notice, Page, Pending, useLoad } from "../../components/page";
import { cohortDate, cohortTime, dateTime } from "../../format";
import { describe } from "../../problems";
import { href } from "../../router";

/** Coordinators: one cohort's counts and mentor shortfall, closing it, its matching runs. */
export function CohortOverviewPage({ cohortId }: { cohortId: string }) {
  const [summary, reload] = useLoad(() => ok(api.GET("/cohorts/{cohortId}/summary", { params: { path: { cohortId } } })), [cohortId]);
  const [message, setMessage] = useState<{ kind: "success" | "error"; text: string }>();
  if (summary.state !== "ready") return <Page title="Cohort"><Pending loaded={summary} /></Page>;
  const s = summary.value;
  const shortfall = Math.max(0, s.counts.mentees - s.counts.mentorSlots);
  const close = async () => {
    try {
      await ok(api.POST("/cohorts/{cohortId}/close", { params: { path: { cohortId } } }));
      setMessage({ kind: "success", text: "The cohort is closed to applications." });
      reload();
    } catch (e) {
      setMessage({ kind: "error", text: describe(e) });
    }
  };
  return (
    <Page title={s.name}>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <dl class="facts">
        <dt>Status</dt><dd><span class={`badge status-${s.status.toLowerCase()}`}>{s.status}</span></dd>
        <dt>Applications</dt><dd>{cohortTime(s.opensAt, s.timeZone)} to {cohortTime(s.applicationDeadline, s.timeZone)}</dd>
        <dt>Program year</dt><dd>{cohortDate(s.programStart)} to {cohortDate(s.programEnd)}</dd>
        <dt>Time zone</dt><dd>{s.timeZone}: emails and pages show the cohort's times in it</dd>
      </dl>
      <ul class="stats" aria-label="Counts">
        <li><span class="figure">{s.counts.mentees}</span> mentees</li>
        <li><span class="figure">{s.counts.mentors}</span> mentors</li>
        <li><span class="figure">{s.counts.mentorSlots}</span> mentor places</li>
        <li class={shortfall > 0 ? "warn" : undefined}><span class="figure">{shortfall}</span> {shortfall === 1 ? "mentor place short" : "mentor places short"}</li>
      </ul>
      {(s.status === "OPEN" || s.status === "UPCOMING") && (
        <p><button type="button" onClick={close}>Close applications now</button></p>
      )}
      <h2>Matching runs</h2>
      {(s.matchingRuns ?? []).length === 0 ? <p>No run yet. {s.status === "CLOSED" && <a href={href(`coordinate/cohorts/${cohortId}/matching`)}>Run matching</a>}</p> : (
        <div class="table-wrap">
          <table>
            <caption>Runs, with what each proposed</caption>
            <thead><tr><th scope="col">Run</th><th scope="col">Status</th><th scope="col">Matched</th><th scope="col">Unmatched</th><th scope="col">Total score</th></tr></thead>
            <tbody>
              {(s.matchingRuns ?? []).map((run) => (
                <tr key={run.runId}>
                  <th scope="row"><a href={href(`coordinate/cohorts/${cohortId}/matching/${run.runId}`)}>{dateTime(run.createdAt)}</a></th>
                  <td>{run.status}</td><td>{run.matched}</td><td>{run.unmatched}</td><td>{run.totalScore}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
