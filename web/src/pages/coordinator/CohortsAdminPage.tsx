import { useRef, useState } from "preact/hooks";
import { api, ok } from "../../api";
import { ErrorSummary, Fieldset, Select, TextField } from "../../components/fields";
import { Coming, Notice, Page, Pending, useLoad } from "../../components/page";
import { PROGRAM_TIME_ZONE, TIME_ZONES, cohortDate, cohortTime, wallTimeIn } from "../../format";
import { FormKey } from "../../idempotency";
import { ApiError, describe, fieldErrors, type Problem } from "../../problems";
import { href } from "../../router";

const LABELS: Record<string, string> = {
  "/name": "Name", "/cohortId": "Short name in addresses", "/opensAt": "Opens", "/applicationDeadline": "Application deadline",
  "/programStart": "Program starts", "/programEnd": "Program ends", "/defaultMentorCapacity": "Mentees per mentor",
  "/timeZone": "Time zone",
};

/** Coordinators: every cohort, and a new one. */
export function CohortsAdminPage() {
  const [cohorts, reload] = useLoad(() => ok(api.GET("/cohorts", { params: { query: { limit: 100 } } })), []);
  return (
    <Page title="Cohorts">
      <Pending loaded={cohorts} />
      {cohorts.state === "ready" && (
        <div class="table-wrap">
          <table>
            <caption>All cohorts, newest first</caption>
            <thead><tr><th scope="col">Cohort</th><th scope="col">Status</th><th scope="col">Deadline</th><th scope="col">Program year</th></tr></thead>
            <tbody>
              {cohorts.value.items.map((c) => (
                <tr key={c.cohortId}>
                  <th scope="row"><a href={href(`coordinate/cohorts/${encodeURIComponent(c.cohortId)}`)}>{c.name}</a></th>
                  <td><span class={`badge status-${c.status.toLowerCase()}`}>{c.status}</span></td>
                  <td>{cohortTime(c.applicationDeadline, c.timeZone)}</td>
                  <td>{cohortDate(c.programStart)} – {cohortDate(c.programEnd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <NewCohortForm onCreated={reload} />
    </Page>
  );
}

function NewCohortForm({ onCreated }: { onCreated: () => void }) {
  const [form, setForm] = useState({ name: "", cohortId: "", opensAt: "", applicationDeadline: "", programStart: "", programEnd: "", defaultMentorCapacity: "2", timeZone: PROGRAM_TIME_ZONE });
  const [problem, setProblem] = useState<Problem>();
  const [created, setCreated] = useState<string>();
  const [sending, setSending] = useState(false);
  const key = useRef(new FormKey());
  const set = (field: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const { byField, unplaced } = fieldErrors(problem, Object.keys(LABELS));
  const submit = async (event: Event) => {
    event.preventDefault();
    const body = {
      name: form.name,
      ...(form.cohortId.trim() ? { cohortId: form.cohortId.trim() } : {}),
      opensAt: form.opensAt ? wallTimeIn(form.opensAt, form.timeZone) : "",
      applicationDeadline: form.applicationDeadline ? wallTimeIn(form.applicationDeadline, form.timeZone) : "",
      timeZone: form.timeZone,
      programStart: form.programStart,
      programEnd: form.programEnd,
      defaultMentorCapacity: Number(form.defaultMentorCapacity),
    };
    setSending(true);
    try {
      const cohort = await ok(api.POST("/cohorts", { params: { header: { "Idempotency-Key": key.current.for(JSON.stringify(body)) } }, body }));
      setProblem(undefined);
      setCreated(cohort.name);
      onCreated();
    } catch (e) {
      setProblem(e instanceof ApiError ? e.problem : { title: describe(e), status: 0 });
    } finally {
      setSending(false);
    }
  };
  return (
    <section aria-labelledby="new-cohort">
      <h2 id="new-cohort">New cohort</h2>
      {created && <Notice>Cohort “{created}” created; it closes itself at its deadline.</Notice>}
      {problem && <ErrorSummary title={problem.errors ? "The cohort was not created" : describe(new ApiError(problem))} placed={byField} unplaced={unplaced} labels={LABELS} />}
      <form class="form" noValidate onSubmit={submit}>
        <TextField pointer="/name" label="Name" hint="e.g. Fall 2027" value={form.name} onInput={set("name")} error={byField.get("/name")} />
        <TextField pointer="/cohortId" label="Short name in addresses" optional hint="Lower-case words joined by hyphens; made from the name when left blank." value={form.cohortId} onInput={set("cohortId")} error={byField.get("/cohortId")} />
        <Select pointer="/timeZone" label="Time zone" hint="Every email and page shows the cohort's deadlines and dates in it, and the times below are in it."
          options={TIME_ZONES} value={form.timeZone} onChange={set("timeZone")} error={byField.get("/timeZone")} />
        <Fieldset legend="Applications" hint="Times are in the cohort's time zone, chosen above.">
          <TextField pointer="/opensAt" label="Opens" type="datetime-local" value={form.opensAt} onInput={set("opensAt")} error={byField.get("/opensAt")} />
          <TextField pointer="/applicationDeadline" label="Application deadline" type="datetime-local" value={form.applicationDeadline} onInput={set("applicationDeadline")} error={byField.get("/applicationDeadline")} />
        </Fieldset>
        <Fieldset legend="Program year">
          <TextField pointer="/programStart" label="Program starts" type="date" value={form.programStart} onInput={set("programStart")} error={byField.get("/programStart")} />
          <TextField pointer="/programEnd" label="Program ends" type="date" value={form.programEnd} onInput={set("programEnd")} error={byField.get("/programEnd")} />
          <Select pointer="/defaultMentorCapacity" label="Mentees per mentor, unless a mentor says otherwise" options={[["1", "1"], ["2", "2"], ["3", "3"]]} value={form.defaultMentorCapacity} onChange={set("defaultMentorCapacity")} error={byField.get("/defaultMentorCapacity")} />
        </Fieldset>
        <p class="hint">Carrying over the wait-list of earlier cohorts: <Coming what="alumni invitations and carry-over" /></p>
        <button type="submit" class="primary" disabled={sending}>Create cohort</button>
      </form>
    </section>
  );
}
