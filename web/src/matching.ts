import type { MatchingRun } from "./api";

export interface Progress {
  confirmed: number;
  of: number;
  percent: number;
}

/** How far a CONFIRMING run's background confirmation has got; undefined for any other status. */
export function runProgress(run: Pick<MatchingRun, "status" | "progress" | "proposals">): Progress | undefined {
  if (run.status !== "CONFIRMING") return undefined;
  const of = run.progress?.of ?? run.proposals.length;
  const confirmed = Math.min(run.progress?.confirmed ?? 0, of);
  return { confirmed, of, percent: of === 0 ? 100 : Math.floor((confirmed * 100) / of) };
}

type Pair = { mentorApplicationId: string; menteeApplicationId: string };

/** The pairs to keep or avoid in a new run: the earlier run's, plus those ticked on its page. */
export function pairsForRerun(previous: Pick<MatchingRun, "lockedPairs" | "excludedPairs"> | undefined, ticked: { locked: Pair[]; excluded: Pair[] }): { locked: Pair[]; excluded: Pair[] } {
  const unique = (pairs: Pair[]) => [...new Map(pairs.map((p) => [`${p.mentorApplicationId}/${p.menteeApplicationId}`, p])).values()];
  const excluded = unique([...(previous?.excludedPairs ?? []), ...ticked.excluded]);
  const apart = new Set(excluded.map((p) => `${p.mentorApplicationId}/${p.menteeApplicationId}`));
  // A pair cannot be both kept and avoided: avoiding wins, as the later decision.
  const locked = unique([...(previous?.lockedPairs ?? []), ...ticked.locked]).filter((p) => !apart.has(`${p.mentorApplicationId}/${p.menteeApplicationId}`));
  return { locked, excluded };
}
