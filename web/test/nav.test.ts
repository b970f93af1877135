import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { NAVIGATION, allScreens, sectionsFor } from "../src/nav";

// API.md's routes that are not built yet (no path in openapi.yaml), each of which must have its screen laid out.
const UNBUILT: string[] = [];

// Routes the app reaches without a screen of their own: emailed pages the API renders itself.
const NO_SCREEN = ["GET /applications/confirm", "GET /unsubscribe", "POST /unsubscribe"];

function openapiRoutes(): string[] {
  const yaml = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), "../../openapi.yaml"), "utf8");
  const routes: string[] = [];
  let path = "";
  for (const line of yaml.split("\n")) {
    const p = /^ {2}(\/\S*):\s*$/.exec(line);
    if (p) { path = p[1]!; continue; }
    const m = /^ {4}(get|post|put|delete):\s*$/.exec(line);
    if (m && path) routes.push(`${m[1]!.toUpperCase()} ${path}`);
    if (/^\S/.test(line)) path = "";
  }
  return routes;
}

// openapi.yaml names a post {post} where API.md says {postId} (writes, and its author's read) or {slug} (the public read).
const apiMdName = (route: string) => route === "GET /posts/{post}" ? route.replace("{post}", "{slug}") : route.replace("{post}", "{postId}");

it("lays out a screen for every route of openapi.yaml", () => {
  const onScreens = new Set(allScreens().flatMap((s) => s.routes));
  const missing = openapiRoutes().map(apiMdName).filter((r) => !onScreens.has(r) && !NO_SCREEN.includes(r));
  expect(openapiRoutes().length).toBeGreaterThan(20);
  expect(missing).toEqual([]);
});

it("marks the screens of unbuilt routes as coming, and only those", () => {
  const built = new Set(openapiRoutes().map(apiMdName));
  for (const screen of allScreens()) {
    const unbuilt = screen.routes.filter((r) => UNBUILT.includes(r) || (!built.has(r) && !r.includes("(")));
    if (screen.coming) expect(unbuilt.length, screen.label).toBeGreaterThan(0);
    else expect(unbuilt, screen.label).toEqual([]);
  }
  const laidOut = new Set(allScreens().flatMap((s) => s.routes));
  expect(UNBUILT.filter((r) => !laidOut.has(r))).toEqual([]);
});

it("shows coordinators' menus to coordinators only, participants' to signed-in participants", () => {
  expect(sectionsFor(false, false).map((s) => s.audience)).toEqual(["anyone"]);
  expect(sectionsFor(true, false).map((s) => s.audience)).toEqual(["anyone", "participant"]);
  expect(sectionsFor(true, true).map((s) => s.audience)).toEqual(["anyone", "coordinator"]);
  expect(NAVIGATION.length).toBe(3);
});
