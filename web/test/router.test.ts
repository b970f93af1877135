import { expect, it } from "vitest";
import { match } from "../src/router";

it("matches a path to its pattern and decodes the named segments", () => {
  expect(match("coordinate/cohorts/:cohortId/matching/:runId", "coordinate/cohorts/fall-2027/matching/01J")).toEqual({ cohortId: "fall-2027", runId: "01J" });
  expect(match("posts/:slug", "posts/a%20b")).toEqual({ slug: "a b" });
});

it("does not match a path of another length or another literal", () => {
  expect(match("posts/:slug", "posts")).toBeUndefined();
  expect(match("me", "coordinate")).toBeUndefined();
  expect(match("", "")).toEqual({});
});
