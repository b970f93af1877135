/**
 * The navigation for every route of API.md, built or not. A screen whose API route is not built yet
 * is listed as coming, with the issue that brings it, so people see where the app is going and
 * nobody meets a dead end.
 */
export interface NavItem {
  label: string;
  /** The app path (below /app/), with `:cohortId` for per-cohort screens. */
  path: string;
  /** The API.md routes the screen uses. */
  routes: string[];
  /** Undefined when built; otherwise what brings it. */
  coming?: string;
}

export interface NavSection {
  heading: string;
  audience: "anyone" | "participant" | "coordinator";
  items: NavItem[];
}


export const NAVIGATION: NavSection[] = [
  {
    heading: "Program",
    audience: "anyone",
    items: [
      { label: "Cohorts", path: "", routes: ["GET /cohorts", "GET /cohorts/{cohortId}"] },
      { label: "Posts", path: "posts", routes: ["GET /posts", "GET /posts/{slug}", "GET /feed.atom"] },
    ],
  },
  {
    heading: "My mentoring",
    audience: "participant",
    items: [
      { label: "My matches", path: "me", routes: ["GET /me/matches", "GET /matches/{matchId}", "PUT /matches/{matchId}/goals", "POST /matches/{matchId}/end", "GET /matches/{matchId}/meetings", "POST /matches/{matchId}/meetings"] },
      { label: "Write a post", path: "me/posts/new", routes: ["POST /posts", "PUT /posts/{postId}", "GET /posts/{postId}/draft", "POST /posts/{postId}/submit"] },
    ],
  },
  {
    heading: "Coordinate",
    audience: "coordinator",
    items: [
      { label: "Cohorts", path: "coordinate", routes: ["POST /cohorts", "GET /cohorts/{cohortId}/summary", "POST /cohorts/{cohortId}/close"] },
      { label: "Posts", path: "coordinate/posts", routes: ["POST /posts", "PUT /posts/{postId}", "POST /posts/{postId}/publish"] },
      { label: "Outbox", path: "coordinate/outbox", routes: ["GET /notifications", "POST /notifications/{notificationId}/retry"] },
      { label: "Review queue", path: "coordinate/review", routes: ["GET /review-queue", "POST /posts/{postId}/return", "POST /posts/{postId}/publish"] },
      { label: "People's data", path: "coordinate/people", routes: ["GET /people/{email}/data", "DELETE /people/{email}"] },
      { label: "Audit trail", path: "coordinate/audit", routes: ["GET /audit"] },
    ],
  },
];

/** The screens of one cohort, for coordinators. */
export const COHORT_SCREENS: NavItem[] = [
  { label: "Overview", path: "coordinate/cohorts/:cohortId", routes: ["GET /cohorts/{cohortId}/summary", "POST /cohorts/{cohortId}/close"] },
  { label: "Applications", path: "coordinate/cohorts/:cohortId/applications", routes: ["GET /cohorts/{cohortId}/applications", "GET /cohorts/{cohortId}/applications/{applicationId}"] },
  { label: "Matching", path: "coordinate/cohorts/:cohortId/matching", routes: ["POST /cohorts/{cohortId}/matching-runs", "GET /cohorts/{cohortId}/matching-runs/{runId}", "POST /cohorts/{cohortId}/matching-runs/{runId}/confirm"] },
  { label: "Matches", path: "coordinate/cohorts/:cohortId/matches", routes: ["GET /cohorts/{cohortId}/matches", "GET /matches/{matchId}", "POST /matches/{matchId}/end", "POST /cohorts/{cohortId}/matching-runs (scope UNMATCHED)"] },
  { label: "Engagement", path: "coordinate/cohorts/:cohortId/engagement", routes: ["GET /cohorts/{cohortId}/engagement", "GET /matches/{matchId}/meetings"] },
  { label: "Demographics", path: "coordinate/cohorts/:cohortId/demographics", routes: ["GET /cohorts/{cohortId}/demographics"] },
  { label: "Check-ins", path: "coordinate/cohorts/:cohortId/check-ins", routes: ["POST /cohorts/{cohortId}/check-ins", "GET /cohorts/{cohortId}/check-ins", "GET /cohorts/{cohortId}/check-ins/{checkInId}/results"] },
  { label: "Invite alumni", path: "coordinate/cohorts/:cohortId/invitations", routes: ["POST /cohorts/{cohortId}/invitations", "POST /cohorts (carryOverFrom)"] },
];

/** Public screens reached from emailed links rather than the menu. */
export const LINKED_SCREENS: NavItem[] = [
  { label: "Apply", path: "cohorts/:cohortId/apply", routes: ["POST /cohorts/{cohortId}/applications"] },
  { label: "Confirm your email", path: "confirm", routes: ["POST /applications/confirm"] },
  { label: "Re-apply", path: "reapply", routes: ["GET /reapply", "POST /reapply"] },
  { label: "Check-in", path: "check-ins/:checkInId", routes: ["GET /check-ins/{checkInId}", "POST /check-ins/{checkInId}/responses"] },
];

export function sectionsFor(signedIn: boolean, coordinator: boolean): NavSection[] {
  return NAVIGATION.filter((s) => s.audience === "anyone" || (s.audience === "participant" && signedIn && !coordinator)
    || (s.audience === "coordinator" && coordinator));
}

export function cohortPath(item: NavItem, cohortId: string): string {
  return item.path.replace(":cohortId", encodeURIComponent(cohortId));
}

/** Every screen, for finding the one a path names (a coming screen explains itself). */
export function allScreens(): NavItem[] {
  return [...NAVIGATION.flatMap((s) => s.items), ...COHORT_SCREENS, ...LINKED_SCREENS];
}
