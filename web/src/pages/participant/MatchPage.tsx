import { useRef, useState } from "preact/hooks";
import { api, ok, type MatchDetails, type MeetingForm } from "../../api";
import { CheckboxGroup, ErrorSummary, Select, TextArea, TextField } from "../../components/fields";
import { Notice, Page, Pending, useLoad } from "../../components/page";
import { currentSession } from "../../session";
import { EndMatch, Goals, MatchFacts } from "../MatchYear";
import { date, today } from "../../format";
import { FormKey } from "../../idempotency";
import { ApiError, describe, fieldErrors, type Problem } from "../../problems";
import { ACTIVITIES, MEETING_FORMATS, label } from "../../vocab";

const LABELS: Record<string, string> = {
  "/occurredOn": "Date", "/durationMinutes": "Minutes", "/format": "How you met", "/activities": "What you did", "/notes": "Notes",
};

/**
 * Participants: one match through its year: the two people and where the match stands, the goals
 * (editable while it runs), the meeting log with a form to log a meeting, and ending it early.
 */
export function MatchPage({ matchId }: { matchId: string }) {
  const [loaded, reload] = useLoad(async () => {
    const [match, meetings, session] = await Promise.all([
      ok(api.GET("/matches/{matchId}", { params: { path: { matchId } } })),
      ok(api.GET("/matches/{matchId}/meetings", { params: { path: { matchId }, query: { limit: 100 } } })),
      Promise.resolve(currentSession()),
    ]);
    return { match, meetings: meetings.items, me: session?.email.toLowerCase() };
  }, [matchId]);
  const [current, setCurrent] = useState<MatchDetails>();
  if (loaded.state !== "ready") return <Page title="Your match"><Pending loaded={loaded} /></Page>;
  const { meetings, me } = loaded.value;
  const match = current?.matchId === matchId ? current : loaded.value.match;
  const role = match.mentor.email.toLowerCase() === me ? "MENTOR" : "MENTEE";
  const partner = role === "MENTOR" ? match.mentee.name : match.mentor.name;
  const active = match.status === "ACTIVE";
  return (
    <Page title={`Your match with ${partner}`}>
      <MatchFacts match={match} />
      <Goals key={`${match.matchId}-${match.status}`} match={match} editable={active} onSaved={setCurrent} />
      {active && <MeetingLogForm matchId={matchId} onLogged={reload} />}
      <section aria-labelledby="history">
        <h2 id="history">Meetings so far</h2>
        {meetings.length === 0 ? <p>None logged yet.</p> : (
          <ol class="log" reversed>
            {meetings.map((m) => (
              <li key={m.meetingId}>
                <h3 class="h4">{date(m.occurredOn)}: {label(MEETING_FORMATS, m.format)}, {m.durationMinutes} minutes</h3>
                {(m.activities ?? []).length > 0 && <p>{(m.activities ?? []).map((a) => label(ACTIVITIES, a)).join(", ")}</p>}
                {m.notes && <p class="notes">{m.notes}</p>}
                <p class="meta">Logged by {m.loggedBy.map((l) => (l.role === role ? "you" : partner)).join(" and confirmed by ")}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
      <EndMatch match={match} who="participant" onEnded={setCurrent} />
    </Page>
  );
}

function MeetingLogForm({ matchId, onLogged }: { matchId: string; onLogged: () => void }) {
  const blank = { occurredOn: today(), durationMinutes: "60", format: "VIDEO", activities: [] as string[], notes: "" };
  const [form, setForm] = useState(blank);
  const [problem, setProblem] = useState<Problem>();
  const [logged, setLogged] = useState(false);
  const [busy, setBusy] = useState(false);
  const key = useRef(new FormKey());
  const { byField, unplaced } = fieldErrors(problem, Object.keys(LABELS));
  const submit = async (event: Event) => {
    event.preventDefault();
    const body = {
      occurredOn: form.occurredOn,
      durationMinutes: /^\d+$/.test(form.durationMinutes.trim()) ? Number(form.durationMinutes) : form.durationMinutes,
      format: form.format,
      activities: form.activities,
      ...(form.notes.trim() ? { notes: form.notes } : {}),
    } as MeetingForm;
    setBusy(true);
    setLogged(false);
    try {
      await ok(api.POST("/matches/{matchId}/meetings", { params: { path: { matchId }, header: { "Idempotency-Key": key.current.for(JSON.stringify(body)) } }, body }));
      setProblem(undefined);
      setForm(blank);
      setLogged(true);
      onLogged();
    } catch (e) {
      setProblem(e instanceof ApiError ? e.problem : { title: describe(e), status: 0 });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="log-meeting">
      <h2 id="log-meeting">Log a meeting</h2>
      {logged && <Notice>Meeting logged.</Notice>}
      {problem && <ErrorSummary title={problem.errors ? "The meeting was not logged" : describe(new ApiError(problem))} placed={byField} unplaced={unplaced} labels={LABELS} />}
      <form class="form" noValidate onSubmit={submit}>
        <div class="grid-2">
          <TextField pointer="/occurredOn" label="Date" type="date" value={form.occurredOn} onInput={(v) => setForm({ ...form, occurredOn: v })} error={byField.get("/occurredOn")} />
          <TextField pointer="/durationMinutes" label="Minutes" inputMode="numeric" value={form.durationMinutes} onInput={(v) => setForm({ ...form, durationMinutes: v })} error={byField.get("/durationMinutes")} />
        </div>
        <Select pointer="/format" label="How you met" options={MEETING_FORMATS} value={form.format} onChange={(v) => setForm({ ...form, format: v })} error={byField.get("/format")} />
        <CheckboxGroup pointer="/activities" label="What you did" optional options={ACTIVITIES} values={form.activities} onChange={(v) => setForm({ ...form, activities: v })} error={byField.get("/activities")} />
        <TextArea pointer="/notes" label="Notes" optional hint="Both of you and the coordinators can read them." maxLength={4000} value={form.notes} onInput={(v) => setForm({ ...form, notes: v })} error={byField.get("/notes")} />
        <button type="submit" class="primary" disabled={busy}>Log meeting</button>
      </form>
    </section>
  );
}
