import { useState } from "preact/hooks";
import { api, ok, type Goal, type MatchDetails } from "../api";

type SavedGoal = MatchDetails["goals"][number];
import { ErrorSummary, Select, TextArea, TextField } from "../components/fields";
import { Notice } from "../components/page";
import { date, dateTime } from "../format";
import { ApiError, describe, fieldErrors, type Problem } from "../problems";
import { ACTIVITIES, COMPETENCIES, GOAL_STATUSES, MATCH_STATUSES, label } from "../vocab";

/**
 * The match through its year, shared by the pair's page and the coordinators': the two people, where
 * the match stands, its meetings in figures, the goals (editable by the pair while it runs), and
 * ending it early.
 */
export function MatchFacts({ match }: { match: MatchDetails }) {
  const person = (p: MatchDetails["mentor"]) => (
    <>
      {p.name}, <a href={`mailto:${p.email}`}>{p.email}</a>
      {(p.position || p.institution) && <><br /><span class="meta">{[p.position, p.institution].filter(Boolean).join(", ")}</span></>}
    </>
  );
  const m = match.meetings;
  return (
    <dl class="facts">
      <dt>Status</dt><dd><span class={`badge status-${match.status.toLowerCase()}`}>{label(MATCH_STATUSES, match.status)}</span>{match.ended && <> on {dateTime(match.ended.endedAt)}, by the {match.ended.endedBy.toLowerCase()}</>}</dd>
      {match.ended?.reason && <><dt>Reason (coordinators only)</dt><dd class="notes">{match.ended.reason}</dd></>}
      <dt>Mentor</dt><dd>{person(match.mentor)}</dd>
      <dt>Mentee</dt><dd>{person(match.mentee)}</dd>
      <dt>Since</dt><dd>{date(match.startsOn)}</dd>
      <dt>Meetings</dt><dd>{m.meetings === 1 ? "1 meeting" : `${m.meetings} meetings`}, {m.minutes} min in all{m.lastMeetingOn && <>, the last on {date(m.lastMeetingOn)}</>}</dd>
      {Object.keys(m.activityCounts).length > 0 && <><dt>Activities</dt><dd>{Object.entries(m.activityCounts).map(([a, n]) => `${label(ACTIVITIES, a)} ${n}`).join(", ")}</dd></>}
    </dl>
  );
}

const GOAL_LABELS = { text: "Goal", competency: "ALSC competency", status: "Status" } as const;

type Draft = { goalId?: string; text: string; competency: string; status: string };

function drafts(goals: SavedGoal[]): Draft[] {
  return goals.map((g) => ({ ...(g.goalId ? { goalId: g.goalId } : {}), text: g.text, competency: g.competency ?? "", status: g.status }));
}

/** The pair's goals: read-only unless `editable` (the pair, while the match is active). */
export function Goals({ match, editable, onSaved }: { match: MatchDetails; editable: boolean; onSaved: (m: MatchDetails) => void }) {
  const [goals, setGoals] = useState<Draft[]>(drafts(match.goals));
  const [problem, setProblem] = useState<Problem>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const pointers = goals.flatMap((_, i) => Object.keys(GOAL_LABELS).map((f) => `/goals/${i}/${f}`));
  const labels: Record<string, string> = Object.fromEntries(goals.flatMap((_, i) =>
    Object.entries(GOAL_LABELS).map(([f, l]) => [`/goals/${i}/${f}`, `Goal ${i + 1}: ${l}`])));
  labels["/goals"] = "Goals";
  const { byField, unplaced } = fieldErrors(problem, [...pointers, "/goals"]);
  const change = (i: number, draft: Partial<Draft>) => setGoals(goals.map((g, j) => (j === i ? { ...g, ...draft } : g)));
  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setSaved(false);
    try {
      const body = { goals: goals.map((g) => ({ ...(g.goalId ? { goalId: g.goalId } : {}), text: g.text, ...(g.competency ? { competency: g.competency } : {}), status: g.status })) } as { goals: Goal[] };
      const updated = await ok(api.PUT("/matches/{matchId}/goals", { params: { path: { matchId: match.matchId } }, body }));
      setGoals(drafts(updated.goals));
      setProblem(undefined);
      setSaved(true);
      onSaved(updated);
    } catch (e) {
      setProblem(e instanceof ApiError ? e.problem : { title: describe(e), status: 0 });
    } finally {
      setBusy(false);
    }
  };
  if (!editable) {
    return (
      <section aria-labelledby="goals">
        <h2 id="goals">Goals</h2>
        {match.goals.length === 0 ? <p>No goals set.</p> : (
          <ul>{match.goals.map((g) => <li key={g.goalId}>{g.text} <span class="meta">({[g.competency && label(COMPETENCIES, g.competency), label(GOAL_STATUSES, g.status)].filter(Boolean).join(", ")})</span></li>)}</ul>
        )}
      </section>
    );
  }
  return (
    <section aria-labelledby="goals">
      <h2 id="goals">Goals</h2>
      <p class="hint">Up to 10 goals for your year together, each tied if you like to one of the ALSC competency areas. Both of you can edit them.</p>
      {saved && <Notice>Goals saved.</Notice>}
      {problem && <ErrorSummary title={problem.errors ? "The goals were not saved" : describe(new ApiError(problem))} placed={byField} unplaced={unplaced} labels={labels} />}
      <form class="form" noValidate onSubmit={save}>
        {goals.length === 0 && <p>No goals yet.</p>}
        {goals.map((g, i) => (
          <fieldset class="goal" key={g.goalId ?? `new-${i}`}>
            <legend>Goal {i + 1}</legend>
            <TextField pointer={`/goals/${i}/text`} label="Goal" value={g.text} onInput={(v) => change(i, { text: v })} error={byField.get(`/goals/${i}/text`)} />
            <div class="grid-2">
              <Select pointer={`/goals/${i}/competency`} label="ALSC competency" optional placeholder="None" options={COMPETENCIES} value={g.competency} onChange={(v) => change(i, { competency: v })} error={byField.get(`/goals/${i}/competency`)} />
              <Select pointer={`/goals/${i}/status`} label="Status" options={GOAL_STATUSES} value={g.status} onChange={(v) => change(i, { status: v })} error={byField.get(`/goals/${i}/status`)} />
            </div>
            <button type="button" onClick={() => setGoals(goals.filter((_, j) => j !== i))}>Remove goal {i + 1}</button>
          </fieldset>
        ))}
        <div class="actions">
          <button type="button" disabled={goals.length >= 10} onClick={() => setGoals([...goals, { text: "", competency: "", status: "OPEN" }])}>Add a goal</button>
          <button type="submit" class="primary" disabled={busy}>Save goals</button>
        </div>
      </form>
    </section>
  );
}

/** Ending the match early: a reason for the coordinators, then a second, explicit confirmation. */
export function EndMatch({ match, who, onEnded }: { match: MatchDetails; who: "participant" | "coordinator"; onEnded: (m: MatchDetails) => void }) {
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<Problem>();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const { byField, unplaced } = fieldErrors(problem, ["/reason"]);
  if (match.status !== "ACTIVE") return null;
  const end = async (event: Event) => {
    event.preventDefault();
    if (!confirming) {
      setConfirming(true);
      return;
    }
    setBusy(true);
    try {
      onEnded(await ok(api.POST("/matches/{matchId}/end", { params: { path: { matchId: match.matchId } }, body: { reason } })));
    } catch (e) {
      setProblem(e instanceof ApiError ? e.problem : { title: describe(e), status: 0 });
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="end-match">
      <h2 id="end-match">End the match early</h2>
      <p>{who === "participant"
        ? "If the pairing is not working, you can end it. Your partner and the coordinators are told; only the coordinators read your reason. The coordinators can then find the mentee a new mentor."
        : "Both of the pair are told that the coordinators ended it; the reason stays with the coordinators. The mentee can then be rematched."}</p>
      {problem && <ErrorSummary title={problem.errors ? "The match was not ended" : describe(new ApiError(problem))} placed={byField} unplaced={unplaced} labels={{ "/reason": "Reason" }} />}
      <form class="form" noValidate onSubmit={end}>
        <TextArea pointer="/reason" label="Reason" hint="Read by the coordinators only." maxLength={1000} value={reason} onInput={(v) => { setReason(v); setConfirming(false); }} error={byField.get("/reason")} />
        {confirming && <Notice kind="info">Ending the match cannot be undone. Select “Yes, end the match” to go ahead.</Notice>}
        <button type="submit" class={confirming ? "danger" : undefined} disabled={busy}>{confirming ? "Yes, end the match" : "End match"}</button>
      </form>
    </section>
  );
}
