import { useEffect, useRef, useState } from "preact/hooks";
import { api, ok, type Application, type MatchingRun, type Weights } from "../../api";
import { Checkbox, ErrorSummary, Fieldset, TextField } from "../../components/fields";
import { Notice, Page, Pending, useLoad } from "../../components/page";
import { dateTime } from "../../format";
import { FormKey } from "../../idempotency";
import { pairsForRerun, runProgress } from "../../matching";
import { ApiError, describe, fieldErrors, type Problem } from "../../problems";
import { href, navigate } from "../../router";
import { DEFAULT_WEIGHTS, WEIGHTS } from "../../vocab";
import { allApplications } from "./ApplicationsPage";

type Pair = { mentorApplicationId: string; menteeApplicationId: string };
const pairKey = (p: Pair) => `${p.mentorApplicationId}/${p.menteeApplicationId}`;

/** Coordinators: a new matching run, with weights and the pairs to keep or avoid from an earlier run. */
export function NewRunPage({ cohortId, fromRun }: { cohortId: string; fromRun: string | null }) {
  const [loaded] = useLoad(async () => fromRun ? {
    previous: await ok(api.GET("/cohorts/{cohortId}/matching-runs/{runId}", { params: { path: { cohortId, runId: fromRun } } })) as MatchingRun,
    people: new Map((await allApplications(cohortId)).map((a) => [a.applicationId, a.name ?? a.applicationId])),
  } : { previous: undefined, people: new Map<string, string>() }, [cohortId, fromRun]);
  if (loaded.state !== "ready") return <Page title="Run matching"><Pending loaded={loaded} /></Page>;
  return <RunForm cohortId={cohortId} previous={loaded.value.previous} people={loaded.value.people} />;
}

function RunForm({ cohortId, previous, people }: { cohortId: string; previous: MatchingRun | undefined; people: Map<string, string> }) {
  const pairName = (p: Pair) => `${people.get(p.mentorApplicationId) ?? p.mentorApplicationId} and ${people.get(p.menteeApplicationId) ?? p.menteeApplicationId}`;
  const initial = { ...DEFAULT_WEIGHTS, ...(previous?.weights ?? {}) } as Record<string, number>;
  const [weights, setWeights] = useState<Record<string, string>>(Object.fromEntries(Object.entries(initial).map(([k, v]) => [k, String(v)])));
  const [includeUnconfirmed, setIncludeUnconfirmed] = useState(previous?.includeUnconfirmed ?? false);
  const [rematch, setRematch] = useState(previous?.scope === "UNMATCHED");
  const carried = pairsForRerun(previous, readTicked(previous?.runId));
  const [locked, setLocked] = useState<Pair[]>(carried.locked);
  const [excluded, setExcluded] = useState<Pair[]>(carried.excluded);
  const [problem, setProblem] = useState<Problem>();
  const [sending, setSending] = useState(false);
  const key = useRef(new FormKey());
  const labels = Object.fromEntries(WEIGHTS.map(([k, l]) => [`/weights/${k}`, l]));
  const { byField, unplaced } = fieldErrors(problem, [...Object.keys(labels), "/lockedPairs", "/excludedPairs", "/includeUnconfirmed", "/scope"]);
  const run = async (event: Event) => {
    event.preventDefault();
    const body = {
      weights: Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, /^\d+$/.test(v.trim()) ? Number(v) : v])) as Weights,
      includeUnconfirmed,
      ...(rematch ? { scope: "UNMATCHED" as const } : {}),
      lockedPairs: locked,
      excludedPairs: excluded,
    };
    setSending(true);
    try {
      const created = await ok(api.POST("/cohorts/{cohortId}/matching-runs", {
        params: { path: { cohortId }, header: { "Idempotency-Key": key.current.for(JSON.stringify(body)) } }, body,
      }));
      navigate(`coordinate/cohorts/${cohortId}/matching/${created.runId}`);
    } catch (e) {
      setProblem(e instanceof ApiError ? e.problem : { title: describe(e), status: 0 });
      setSending(false);
    }
  };
  return (
    <Page title="Run matching">
      <p>The run matches as many mentees as the mentors' places allow, then the largest total score under these weights. Nothing is sent until you confirm a run.</p>
      {problem && <ErrorSummary title={problem.errors ? "The run was not made" : describe(new ApiError(problem))} placed={byField} unplaced={unplaced} labels={labels} />}
      <form class="form" noValidate onSubmit={run}>
        <Fieldset legend="Weights (points, 0 to 100)">
          <div class="grid-2">
            {WEIGHTS.map(([k, l]) => (
              <TextField key={k} pointer={`/weights/${k}`} label={l} inputMode="numeric" value={weights[k] ?? ""}
                onInput={(v) => setWeights((w) => ({ ...w, [k]: v }))} error={byField.get(`/weights/${k}`)} />
            ))}
          </div>
        </Fieldset>
        <Checkbox pointer="/includeUnconfirmed" label="Include applicants who have not confirmed their email" checked={includeUnconfirmed} onChange={setIncludeUnconfirmed} error={byField.get("/includeUnconfirmed")} />
        <Checkbox pointer="/scope" label="Rematch: only mentees without an active match, with the places mentors have left" hint="For a matched cohort, after a match ended early or a mentor joined late. A pair whose match ended is never proposed again; confirming adds matches and changes no other." checked={rematch} onChange={setRematch} error={byField.get("/scope")} />
        {(locked.length > 0 || excluded.length > 0) && (
          <Fieldset legend="Pairs carried from the earlier run">
            <ul class="plain">
              {locked.map((p) => <li key={`l${pairKey(p)}`}>Kept together: {pairName(p)} <button type="button" class="link" onClick={() => setLocked(locked.filter((q) => pairKey(q) !== pairKey(p)))}>Stop keeping {pairName(p)} together</button></li>)}
              {excluded.map((p) => <li key={`e${pairKey(p)}`}>Kept apart: {pairName(p)} <button type="button" class="link" onClick={() => setExcluded(excluded.filter((q) => pairKey(q) !== pairKey(p)))}>Allow {pairName(p)} again</button></li>)}
            </ul>
          </Fieldset>
        )}
        <button type="submit" class="primary" disabled={sending}>{sending ? "Running…" : "Run matching"}</button>
      </form>
    </Page>
  );
}

function readTicked(runId: string | undefined): { locked: Pair[]; excluded: Pair[] } {
  const stored = runId ? sessionStorage.getItem(`rerun:${runId}`) : null;
  return stored ? (JSON.parse(stored) as { locked: Pair[]; excluded: Pair[] }) : { locked: [], excluded: [] };
}

/** Coordinators: one run's proposals and unmatched mentees, and confirming it (with progress while it runs). */
export function RunPage({ cohortId, runId }: { cohortId: string; runId: string }) {
  const [loaded, reload] = useLoad(async () => {
    const [run, applications] = await Promise.all([
      ok(api.GET("/cohorts/{cohortId}/matching-runs/{runId}", { params: { path: { cohortId, runId } } })) as Promise<MatchingRun>,
      allApplications(cohortId),
    ]);
    return { run, people: new Map(applications.map((a) => [a.applicationId, a])) };
  }, [cohortId, runId]);
  if (loaded.state !== "ready") return <Page title="Matching run"><Pending loaded={loaded} /></Page>;
  return <RunView cohortId={cohortId} run={loaded.value.run} people={loaded.value.people} reload={reload} />;
}

function RunView({ cohortId, run: initial, people, reload }: { cohortId: string; run: MatchingRun; people: Map<string, Application>; reload: () => void }) {
  const [run, setRun] = useState(initial);
  const [error, setError] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [keep, setKeep] = useState<Set<string>>(new Set());
  const [avoid, setAvoid] = useState<Set<string>>(new Set());
  useEffect(() => setRun(initial), [initial]);
  // While a confirmation runs in the background, read the run again until it is CONFIRMED.
  useEffect(() => {
    if (run.status !== "CONFIRMING") return;
    const timer = setTimeout(async () => {
      try {
        setRun(await ok(api.GET("/cohorts/{cohortId}/matching-runs/{runId}", { params: { path: { cohortId, runId: run.runId } } })) as MatchingRun);
      } catch (e) {
        setError(describe(e));
      }
    }, 1000);
    return () => clearTimeout(timer);
  }, [run]);
  const name = (id: string) => people.get(id)?.name ?? id;
  const confirm = async () => {
    setConfirming(true);
    setError(undefined);
    try {
      setRun(await ok(api.POST("/cohorts/{cohortId}/matching-runs/{runId}/confirm", { params: { path: { cohortId, runId: run.runId } } })) as MatchingRun);
    } catch (e) {
      setError(describe(e));
    } finally {
      setConfirming(false);
    }
  };
  const toggle = (set: Set<string>, update: (s: Set<string>) => void, id: string) => {
    const next = new Set(set);
    if (next.has(id)) next.delete(id); else next.add(id);
    update(next);
  };
  const rerun = () => {
    const pairs = (ids: Set<string>) => [...ids].map((id) => { const [mentorApplicationId, menteeApplicationId] = id.split("/"); return { mentorApplicationId: mentorApplicationId!, menteeApplicationId: menteeApplicationId! }; });
    sessionStorage.setItem(`rerun:${run.runId}`, JSON.stringify({ locked: pairs(keep), excluded: pairs(avoid) }));
    navigate(`coordinate/cohorts/${cohortId}/matching?from=${run.runId}`);
  };
  const progress = runProgress(run);
  const stats = run.stats;
  return (
    <Page title={`Matching run of ${dateTime(run.createdAt)}`}>
      {error && <Notice kind="error">{error}</Notice>}
      <div class="run-status" role="status" aria-live="polite">
        {run.status === "CONFIRMED" && <Notice>Confirmed: the matches are made and the introductions are on their way. <a href={href(`coordinate/cohorts/${cohortId}/matches`)}>See the matches</a></Notice>}
        {run.status === "CONFIRMING" && progress && (
          <div class="progress-box">
            <label for="confirm-progress">Confirming matches: {progress.confirmed} of {progress.of}</label>
            <progress id="confirm-progress" max={progress.of} value={progress.confirmed}>{progress.percent}%</progress>
          </div>
        )}
      </div>
      <ul class="stats" aria-label="The run in figures">
        <li><span class="figure">{stats.matched}</span> matched</li>
        <li><span class="figure">{stats.unmatched}</span> unmatched</li>
        <li><span class="figure">{stats.totalScore}</span> total score</li>
        <li class={(stats.mentorSlotsNeeded ?? 0) > 0 ? "warn" : undefined}><span class="figure">{stats.mentorSlotsNeeded ?? 0}</span> more mentor places needed</li>
      </ul>
      <h2>Proposed pairs</h2>
      <div class="table-wrap">
        <table class="wide">
          <caption>{run.proposals.length} proposals, with why each pair scores</caption>
          <thead><tr><th scope="col">Mentor</th><th scope="col">Mentee</th><th scope="col">Score</th><th scope="col">Reasons</th>{run.status === "PROPOSED" && <th scope="col">Next run</th>}</tr></thead>
          <tbody>
            {run.proposals.map((p) => {
              const id = pairKey(p);
              return (
                <tr key={id}>
                  <th scope="row">{name(p.mentorApplicationId)}</th>
                  <td>{name(p.menteeApplicationId)}</td>
                  <td class="num">{p.score}</td>
                  <td><ul class="reasons">{p.reasons.map((r) => <li key={r}>{r}</li>)}</ul></td>
                  {run.status === "PROPOSED" && (
                    <td>
                      <div class="choice"><input type="checkbox" id={`keep-${id}`} checked={keep.has(id)} onChange={() => toggle(keep, setKeep, id)} /><label for={`keep-${id}`}>Keep together</label></div>
                      <div class="choice"><input type="checkbox" id={`avoid-${id}`} checked={avoid.has(id)} onChange={() => toggle(avoid, setAvoid, id)} /><label for={`avoid-${id}`}>Keep apart</label></div>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {run.unmatched.length > 0 && (
        <>
          <h2>Mentees without a match</h2>
          <ul>{run.unmatched.map((u) => <li key={u.menteeApplicationId}>{name(u.menteeApplicationId)}: {u.reason}</li>)}</ul>
        </>
      )}
      {run.excluded.length > 0 && (
        <>
          <h2>Mentors left out</h2>
          <ul>{run.excluded.map((u) => <li key={u.mentorApplicationId}>{name(u.mentorApplicationId)}: {u.reason}</li>)}</ul>
        </>
      )}
      {run.status === "PROPOSED" && (
        <div class="actions">
          <button type="button" class="primary" onClick={confirm} disabled={confirming}>{confirming ? "Confirming…" : "Confirm matches"}</button>
          <button type="button" onClick={rerun}>Change weights and run again</button>
          <button type="button" class="link" onClick={reload}>Refresh</button>
        </div>
      )}
    </Page>
  );
}
