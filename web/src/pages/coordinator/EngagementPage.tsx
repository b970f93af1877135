import { useEffect, useRef } from "preact/hooks";
import { api, ok, type Meeting } from "../../api";
import { Page, Pending, useLoad } from "../../components/page";
import { drawBars } from "../../charts";
import { date, perMonth } from "../../format";
import { ACTIVITIES, label } from "../../vocab";

async function meetingsOf(matchId: string): Promise<Meeting[]> {
  const items: Meeting[] = [];
  let nextToken: string | undefined;
  do {
    const page = await ok(api.GET("/matches/{matchId}/meetings", { params: { path: { matchId }, query: { limit: 100, ...(nextToken ? { nextToken } : {}) } } }));
    items.push(...page.items);
    nextToken = page.nextToken;
  } while (nextToken);
  return items;
}

/** At most `width` calls at a time, so a large cohort does not flood the API. */
async function inBatches<T, R>(items: T[], width: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += width) results.push(...(await Promise.all(items.slice(i, i + width).map(task))));
  return results;
}

/** Coordinators: how the pairs are doing, the quiet ones first, and meetings per month drawn. */
export function EngagementPage({ cohortId }: { cohortId: string }) {
  const [report] = useLoad(async () => {
    const engagement = await ok(api.GET("/cohorts/{cohortId}/engagement", { params: { path: { cohortId } } }));
    const meetings = await inBatches(engagement.matches ?? [], 4, (m) => meetingsOf(m.matchId ?? ""));
    return { engagement, months: perMonth(meetings.flat().map((m) => m.occurredOn)) };
  }, [cohortId]);
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (report.state !== "ready" || canvas.current === null || report.value.months.length === 0) return;
    const chart = drawBars(canvas.current, { label: "Meetings", labels: report.value.months.map((m) => m.month), values: report.value.months.map((m) => m.count) });
    return () => void chart.then((c) => c.destroy());
  }, [report]);
  if (report.state !== "ready") return <Page title="Engagement"><Pending loaded={report} /></Page>;
  const { engagement, months } = report.value;
  const totals = engagement.totals ?? {};
  const quiet = new Set((engagement.quiet ?? []).map((q) => q.matchId));
  return (
    <Page title="Engagement">
      <p>As of {date(engagement.asOf)}.</p>
      <ul class="stats" aria-label="Totals">
        <li><span class="figure">{totals.pairs ?? 0}</span> pairs</li>
        <li><span class="figure">{totals.meetings ?? 0}</span> meetings</li>
        <li><span class="figure">{totals.minutes ?? 0}</span> minutes</li>
        <li><span class="figure">{(totals.meetingsPerPairPerMonth ?? 0).toFixed(1)}</span> meetings per pair per month</li>
        <li><span class="figure">{Math.round((totals.shareOfPairsActive ?? 0) * 100)}%</span> of pairs met in the last 45 days</li>
      </ul>
      {(engagement.quiet ?? []).length > 0 && (
        <section aria-labelledby="quiet" class="callout warn">
          <h2 id="quiet">Quiet pairs (no meeting in 45 days)</h2>
          <ul>{(engagement.quiet ?? []).map((q) => <li key={q.matchId}>{q.mentorName} and {q.menteeName}: {q.lastMeetingOn ? `last met ${date(q.lastMeetingOn)}` : "not met yet"} ({q.daysSinceLastMeeting} days)</li>)}</ul>
        </section>
      )}
      <section aria-labelledby="per-month">
        <h2 id="per-month">Meetings per month</h2>
        {months.length === 0 ? <p>No meetings logged yet.</p> : (
          <figure class="chart">
            <div class="chart-box"><canvas ref={canvas} role="img" aria-label={`Bar chart of meetings per month: ${months.map((m) => `${m.month} ${m.count}`).join(", ")}`} /></div>
            <figcaption>
              <table>
                <caption class="visually-hidden">Meetings per month</caption>
                <thead><tr><th scope="col">Month</th>{months.map((m) => <th scope="col" key={m.month}>{m.month}</th>)}</tr></thead>
                <tbody><tr><th scope="row">Meetings</th>{months.map((m) => <td key={m.month} class="num">{m.count}</td>)}</tr></tbody>
              </table>
            </figcaption>
          </figure>
        )}
      </section>
      <h2>Pairs</h2>
      <div class="table-wrap">
        <table class="wide">
          <caption>Each pair's meetings (quiet pairs marked)</caption>
          <thead><tr><th scope="col">Pair</th><th scope="col">Meetings</th><th scope="col">Minutes</th><th scope="col">Last met</th><th scope="col">Activities</th></tr></thead>
          <tbody>
            {(engagement.matches ?? []).map((m) => (
              <tr key={m.matchId} class={quiet.has(m.matchId) ? "quiet" : undefined}>
                <th scope="row">{m.mentorName} and {m.menteeName}{quiet.has(m.matchId) && <span class="badge warn">quiet</span>}</th>
                <td class="num">{m.meetings}</td>
                <td class="num">{m.minutes}</td>
                <td>{m.lastMeetingOn ? date(m.lastMeetingOn) : "not yet"}</td>
                <td>{Object.entries(m.activityCounts ?? {}).map(([a, n]) => `${label(ACTIVITIES, a)} ${n}`).join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Page>
  );
}
