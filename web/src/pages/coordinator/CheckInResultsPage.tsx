import { api, ok, type CheckInResults } from "../../api";
import { Page, Pending, useLoad } from "../../components/page";
import { dateTime } from "../../format";
import { href } from "../../router";

type Figure = number | "<5" | undefined;
type QuestionResult = CheckInResults["questions"][number];

/** A figure as people read it: "fewer than 5" where the API withheld it. */
function shown(figure: Figure, format: (n: number) => string = String): string {
  return figure === "<5" ? "fewer than 5" : figure === undefined ? "" : format(figure);
}

/** Coordinators: one check-in's results, in which nobody can be singled out. */
export function CheckInResultsPage({ cohortId, checkInId }: { cohortId: string; checkInId: string }) {
  const [results] = useLoad(() => ok(api.GET("/cohorts/{cohortId}/check-ins/{checkInId}/results", { params: { path: { cohortId, checkInId } } })), [cohortId, checkInId]);
  if (results.state !== "ready") return <Page title="Check-in results"><Pending loaded={results} /></Page>;
  const r = results.value;
  return (
    <Page title={`Results: ${r.title}`}>
      <p>{r.sentAt ? `Sent ${dateTime(r.sentAt)}.` : "Not sent yet."} Figures from fewer than five people are not shown, and written answers come without names, in a new order each time. <a href={href(`coordinate/cohorts/${encodeURIComponent(cohortId)}/check-ins`)}>All check-ins</a></p>
      <ul class="stats" aria-label="Responses">
        <li><span class="figure">{r.invited}</span> sent</li>
        <li><span class="figure">{shown(r.responded)}</span> answered</li>
        <li><span class="figure">{shown(r.responseRate, (n) => `${Math.round(n * 100)}%`)}</span> response rate</li>
      </ul>
      {r.questions.map((q, i) => <QuestionResults key={q.questionId} question={q} number={i + 1} />)}
    </Page>
  );
}

function QuestionResults({ question: q, number }: { question: QuestionResult; number: number }) {
  const id = `q-${q.questionId}`;
  return (
    <section aria-labelledby={id} class="card">
      <h2 id={id}>{number}. {q.text}</h2>
      {q.respondents === "<5" ? <p>Fewer than five people answered this question: its answers are not shown.</p> : (
        <>
          <p>{q.respondents} answered.{q.kind === "SCALE_1_5" && typeof q.mean === "number" && ` Average ${q.mean.toFixed(1)} of 5.`}</p>
          {q.counts !== undefined && q.counts !== "<5" && (
            <table>
              <caption class="visually-hidden">Answers to question {number}</caption>
              <thead><tr><th scope="col">{q.kind === "SCALE_1_5" ? "Rating" : "Option"}</th><th scope="col">People</th></tr></thead>
              <tbody>{Object.entries(q.counts).map(([value, count]) => <tr key={value}><th scope="row">{value}</th><td class="num">{count}</td></tr>)}</tbody>
            </table>
          )}
          {Array.isArray(q.answers) && <ul class="answers">{q.answers.map((a, i) => <li key={i}>{a}</li>)}</ul>}
        </>
      )}
    </section>
  );
}
