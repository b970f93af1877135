import { render } from "preact";
import { afterEach, expect, it, vi } from "vitest";
import { configureApi } from "../src/api";
import { until } from "./until";
import { RunPage } from "../src/pages/coordinator/MatchingPage";

const RUN_ID = "01JABCDEFGHJKMNPQRSTVWXYZ0";
const run = (status: string, progress?: { confirmed: number; of: number }) => ({
  runId: RUN_ID, cohortId: "fall-2027", status, createdAt: "2027-03-01T10:00:00Z", weights: {}, includeUnconfirmed: false,
  proposals: [1, 2, 3].map((n) => ({ mentorApplicationId: `M${n}`, menteeApplicationId: `E${n}`, score: 10, reasons: [] })),
  unmatched: [], excluded: [], stats: { matched: 3, unmatched: 0, totalScore: 30, mentorSlotsNeeded: 0 },
  ...(progress ? { progress } : {}),
});
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

afterEach(() => vi.unstubAllGlobals());


it("confirms a run that answers 202 CONFIRMING: shows its progress and polls the run until CONFIRMED", async () => {
  const gets = [run("PROPOSED"), run("CONFIRMING", { confirmed: 2, of: 3 }), run("CONFIRMED")];
  const calls: string[] = [];
  vi.stubGlobal("fetch", async (request: Request) => {
    const path = new URL(request.url).pathname;
    calls.push(`${request.method} ${path}`);
    if (path.endsWith("/applications")) return json(200, { items: [] });
    if (request.method === "POST") return json(202, run("CONFIRMING", { confirmed: 1, of: 3 }));
    return json(200, gets.shift());
  });
  configureApi("http://api.test");
  const root = document.createElement("div");
  document.body.append(root);
  render(<RunPage cohortId="fall-2027" runId={RUN_ID} />, root);

  await until(() => root.textContent!.includes("Confirm matches"), "the proposed run");
  (([...root.querySelectorAll("button")].find((b) => b.textContent === "Confirm matches"))!).click();
  await until(() => root.querySelector("progress") !== null, "a progress bar");
  expect(root.querySelector("label[for=confirm-progress]")!.textContent).toMatch(/Confirming matches: [12] of 3/);
  await until(() => root.textContent!.includes("Confirmed: the matches are made"), "the confirmed run");
  expect(root.querySelector("progress")).toBeNull();
  expect(calls.filter((c) => c === `GET /cohorts/fall-2027/matching-runs/${RUN_ID}`).length).toBe(3);
  expect(calls).toContain(`POST /cohorts/fall-2027/matching-runs/${RUN_ID}/confirm`);
  render(null, root);
});
