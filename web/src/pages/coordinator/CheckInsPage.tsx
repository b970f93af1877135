import { useRef, useState } from "preact/hooks";
import { api, ok, type CheckInQuestion } from "../../api";
import { ErrorSummary, Fieldset, Select, TextArea, TextField } from "../../components/fields";
import { Notice, Page, Pending, useLoad } from "../../components/page";
import { date, dateTime, today } from "../../format";
import { FormKey } from "../../idempotency";
import { ApiError, describe, fieldErrors, type Problem } from "../../problems";
import { href } from "../../router";
import type { Options } from "../../vocab";

export const QUESTION_KINDS: Options = [["SCALE_1_5", "A scale from 1 to 5"], ["CHOICE", "One of several options"], ["TEXT", "Written answer"]];

interface Draft { text: string; kind: string; options: string }

const blank = (): Draft => ({ text: "", kind: "SCALE_1_5", options: "" });

/** Coordinators: the cohort's check-ins (sent or scheduled, with how many answered) and a new one. */
export function CheckInsPage({ cohortId }: { cohortId: string }) {
  const [checkIns, reload] = useLoad(() => ok(api.GET("/cohorts/{cohortId}/check-ins", { params: { path: { cohortId }, query: { limit: 100 } } })), [cohortId]);
  return (
    <Page title="Check-ins" lead="Short surveys each participant of an active pair answers from a personal link, no sign-in needed. Results never show a figure from fewer than five people, nor who wrote what.">
      <Pending loaded={checkIns} />
      {checkIns.state === "ready" && (checkIns.value.items.length === 0 ? <p>No check-ins yet.</p> : (
        <div class="table-wrap">
          <table>
            <caption>The cohort's check-ins, newest first</caption>
            <thead><tr><th scope="col">Check-in</th><th scope="col">Goes out</th><th scope="col">Status</th><th scope="col">Sent to</th><th scope="col">Answered</th></tr></thead>
            <tbody>
              {checkIns.value.items.map((c) => (
                <tr key={c.checkInId}>
                  <th scope="row"><a href={href(`coordinate/cohorts/${encodeURIComponent(cohortId)}/check-ins/${c.checkInId}`)}>{c.title}</a></th>
                  <td>{dateTime(c.sendAt)}</td>
                  <td><span class="badge">{c.status === "SENT" ? "sent" : "scheduled"}</span></td>
                  <td class="num">{c.invited}</td>
                  <td class="num">{c.responses === "<5" ? "fewer than 5" : c.responses}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      <NewCheckInForm cohortId={cohortId} onCreated={reload} />
    </Page>
  );
}

function NewCheckInForm({ cohortId, onCreated }: { cohortId: string; onCreated: () => void }) {
  const [title, setTitle] = useState("");
  const [sendOn, setSendOn] = useState(today());
  const [questions, setQuestions] = useState<Draft[]>([blank()]);
  const [problem, setProblem] = useState<Problem>();
  const [created, setCreated] = useState<string>();
  const [sending, setSending] = useState(false);
  const key = useRef(new FormKey());
  const labels: Record<string, string> = { "/title": "Title", "/sendOn": "Send on", "/questions": "Questions" };
  questions.forEach((_, i) => {
    labels[`/questions/${i}/text`] = `Question ${i + 1}`;
    labels[`/questions/${i}/kind`] = `Question ${i + 1}: answered with`;
    labels[`/questions/${i}/options`] = `Question ${i + 1}: options`;
  });
  const { byField, unplaced } = fieldErrors(problem, Object.keys(labels));
  const change = (i: number, patch: Partial<Draft>) => setQuestions((qs) => qs.map((q, j) => (j === i ? { ...q, ...patch } : q)));
  const submit = async (event: Event) => {
    event.preventDefault();
    const body = {
      title,
      sendOn,
      questions: questions.map((q, i): CheckInQuestion => ({
        questionId: `q${i + 1}`,
        text: q.text,
        kind: q.kind as CheckInQuestion["kind"],
        ...(q.kind === "CHOICE" ? { options: q.options.split("\n").map((o) => o.trim()).filter(Boolean) } : {}),
      })),
    };
    setSending(true);
    try {
      const checkIn = await ok(api.POST("/cohorts/{cohortId}/check-ins", {
        params: { path: { cohortId }, header: { "Idempotency-Key": key.current.for(JSON.stringify(body)) } }, body,
      }));
      setProblem(undefined);
      setCreated(`“${checkIn.title}” goes out ${dateTime(checkIn.sendAt)}`);
      setTitle("");
      setQuestions([blank()]);
      onCreated();
    } catch (e) {
      setProblem(e instanceof ApiError ? e.problem : { title: describe(e), status: 0 });
    } finally {
      setSending(false);
    }
  };
  return (
    <section aria-labelledby="new-check-in">
      <h2 id="new-check-in">New check-in</h2>
      {created && <Notice>Check-in scheduled: {created} (9:00 in the program's time zone, or now if that has passed).</Notice>}
      {problem && <ErrorSummary title={problem.errors ? "The check-in was not scheduled" : describe(new ApiError(problem))} placed={byField} unplaced={unplaced} labels={labels} />}
      <form class="form" noValidate onSubmit={submit}>
        <TextField pointer="/title" label="Title" hint="e.g. Spring check-in; the email's subject starts with it." value={title} onInput={setTitle} error={byField.get("/title")} />
        <TextField pointer="/sendOn" label="Send on" type="date" hint={`A day already past sends it at once. Sent on ${date(sendOn)} at 9:00.`} value={sendOn} onInput={setSendOn} error={byField.get("/sendOn")} />
        {byField.get("/questions") && <p class="field-error" id="f-questions"><span class="visually-hidden">Error: </span>{byField.get("/questions")}</p>}
        {questions.map((q, i) => (
          <Fieldset legend={`Question ${i + 1}`} key={i}>
            <TextArea pointer={`/questions/${i}/text`} label={`Question ${i + 1}`} rows={2} maxLength={500} value={q.text} onInput={(text) => change(i, { text })} error={byField.get(`/questions/${i}/text`)} />
            <Select pointer={`/questions/${i}/kind`} label={`Question ${i + 1}: answered with`} options={QUESTION_KINDS} value={q.kind} onChange={(kind) => change(i, { kind })} error={byField.get(`/questions/${i}/kind`)} />
            {q.kind === "CHOICE" && (
              <TextArea pointer={`/questions/${i}/options`} label={`Question ${i + 1}: options`} hint="One option a line, 2 to 10." rows={4} value={q.options} onInput={(options) => change(i, { options })} error={byField.get(`/questions/${i}/options`)} />
            )}
            {questions.length > 1 && <button type="button" onClick={() => setQuestions((qs) => qs.filter((_, j) => j !== i))}>Remove question {i + 1}</button>}
          </Fieldset>
        ))}
        {questions.length < 20 && <p><button type="button" onClick={() => setQuestions((qs) => [...qs, blank()])}>Add a question</button></p>}
        <button type="submit" class="primary" disabled={sending}>Schedule check-in</button>
      </form>
    </section>
  );
}
