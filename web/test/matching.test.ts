import { expect, it } from "vitest";
import { pairsForRerun, runProgress } from "../src/matching";

const proposals = [{ mentorApplicationId: "A", menteeApplicationId: "1", score: 10, reasons: [] }];

it("shows a CONFIRMING run's progress from the API, capped at the total", () => {
  expect(runProgress({ status: "CONFIRMING", progress: { confirmed: 3, of: 8 }, proposals })).toEqual({ confirmed: 3, of: 8, percent: 37 });
  expect(runProgress({ status: "CONFIRMING", progress: { confirmed: 9, of: 8 }, proposals })?.confirmed).toBe(8);
});

it("shows no progress for a run that is proposed or confirmed", () => {
  expect(runProgress({ status: "PROPOSED", proposals })).toBeUndefined();
  expect(runProgress({ status: "CONFIRMED", proposals })).toBeUndefined();
});

it("counts the proposals when a CONFIRMING run gives no figures yet", () => {
  expect(runProgress({ status: "CONFIRMING", proposals })).toEqual({ confirmed: 0, of: 1, percent: 0 });
});

it("carries the earlier run's pairs into the next, once each, and a pair kept apart is not kept together", () => {
  const pair = (a: string, b: string) => ({ mentorApplicationId: a, menteeApplicationId: b });
  const next = pairsForRerun({ lockedPairs: [pair("A", "1"), pair("B", "2")], excludedPairs: [pair("C", "3")] },
    { locked: [pair("A", "1")], excluded: [pair("B", "2")] });
  expect(next.locked).toEqual([pair("A", "1")]);
  expect(next.excluded).toEqual([pair("C", "3"), pair("B", "2")]);
});
