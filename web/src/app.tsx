import type { ComponentChildren } from "preact";
import { signOut } from "./auth";
import { Page } from "./components/page";
import { ComingPage, NotFoundPage } from "./pages/ComingPage";
import { PostEditorPage } from "./pages/PostEditorPage";
import { SignInPage, SignedInPage } from "./pages/SignInPage";
import { ApplicationPage, ApplicationsPage } from "./pages/coordinator/ApplicationsPage";
import { CheckInResultsPage } from "./pages/coordinator/CheckInResultsPage";
import { CheckInsPage } from "./pages/coordinator/CheckInsPage";
import { CohortLayout } from "./pages/coordinator/CohortLayout";
import { CohortOverviewPage } from "./pages/coordinator/CohortOverviewPage";
import { CohortsAdminPage } from "./pages/coordinator/CohortsAdminPage";
import { EngagementPage } from "./pages/coordinator/EngagementPage";
import { MatchDetailsPage } from "./pages/coordinator/MatchDetailsPage";
import { MatchesPage } from "./pages/coordinator/MatchesPage";
import { NewRunPage, RunPage } from "./pages/coordinator/MatchingPage";
import { OutboxPage } from "./pages/coordinator/OutboxPage";
import { ReviewQueuePage } from "./pages/coordinator/ReviewQueuePage";
import { AuditPage } from "./pages/coordinator/AuditPage";
import { InvitationsPage } from "./pages/coordinator/InvitationsPage";
import { DemographicsPage } from "./pages/coordinator/DemographicsPage";
import { PeoplePage } from "./pages/coordinator/PeoplePage";
import { MatchPage } from "./pages/participant/MatchPage";
import { MyMatchesPage } from "./pages/participant/MyMatchesPage";
import { ApplyPage } from "./pages/public/ApplyPage";
import { CheckInPage } from "./pages/public/CheckInPage";
import { ReapplyPage } from "./pages/public/ReapplyPage";
import { ConfirmEmailPage } from "./pages/public/ConfirmEmailPage";
import { HomePage } from "./pages/public/HomePage";
import { PostPage, PostsPage } from "./pages/public/PostsPage";
import { allScreens, sectionsFor } from "./nav";
import { href, match, useLocation, type Location } from "./router";
import { useSession, type Session } from "./session";

type Audience = "anyone" | "signed-in" | "coordinator";
interface Route {
  pattern: string;
  audience: Audience;
  render: (params: Record<string, string>, location: Location, session: Session | undefined) => ComponentChildren;
}

const cohort = (screen: (id: string) => ComponentChildren) => (p: Record<string, string>, l: Location) =>
  <CohortLayout cohortId={p.cohortId!} current={l.path}>{screen(p.cohortId!)}</CohortLayout>;

const ROUTES: Route[] = [
  { pattern: "", audience: "anyone", render: () => <HomePage /> },
  { pattern: "cohorts/:cohortId/apply", audience: "anyone", render: (p) => <ApplyPage cohortId={p.cohortId!} /> },
  { pattern: "confirm", audience: "anyone", render: (_, l) => <ConfirmEmailPage token={l.query.get("token")} /> },
  { pattern: "reapply", audience: "anyone", render: (_, l) => <ReapplyPage token={l.query.get("token")} /> },
  { pattern: "check-ins/:checkInId", audience: "anyone", render: (p, l) => <CheckInPage checkInId={p.checkInId!} token={l.query.get("token")} /> },
  { pattern: "posts", audience: "anyone", render: () => <PostsPage /> },
  { pattern: "posts/:slug", audience: "anyone", render: (p) => <PostPage slug={p.slug!} /> },
  { pattern: "sign-in", audience: "anyone", render: (_, l) => <SignInPage returnTo={l.query.get("return") ?? ""} /> },
  { pattern: "signed-in", audience: "anyone", render: () => <SignedInPage /> },
  { pattern: "me", audience: "signed-in", render: () => <MyMatchesPage /> },
  { pattern: "me/matches/:matchId", audience: "signed-in", render: (p) => <MatchPage matchId={p.matchId!} /> },
  { pattern: "me/posts/new", audience: "signed-in", render: () => <PostEditorPage coordinator={false} /> },
  { pattern: "me/posts/:postId", audience: "signed-in", render: (p) => <PostEditorPage key={p.postId} coordinator={false} postId={p.postId!} /> },
  { pattern: "coordinate", audience: "coordinator", render: () => <CohortsAdminPage /> },
  { pattern: "coordinate/posts", audience: "coordinator", render: () => <PostEditorPage coordinator /> },
  { pattern: "coordinate/review", audience: "coordinator", render: () => <ReviewQueuePage /> },
  { pattern: "coordinate/outbox", audience: "coordinator", render: () => <OutboxPage /> },
  { pattern: "coordinate/people", audience: "coordinator", render: () => <PeoplePage /> },
  { pattern: "coordinate/audit", audience: "coordinator", render: () => <AuditPage /> },
  { pattern: "coordinate/cohorts/:cohortId", audience: "coordinator", render: cohort((id) => <CohortOverviewPage cohortId={id} />) },
  { pattern: "coordinate/cohorts/:cohortId/applications", audience: "coordinator", render: cohort((id) => <ApplicationsPage cohortId={id} />) },
  { pattern: "coordinate/cohorts/:cohortId/applications/:applicationId", audience: "coordinator", render: (p, l) => cohort((id) => <ApplicationPage cohortId={id} applicationId={p.applicationId!} />)(p, l) },
  { pattern: "coordinate/cohorts/:cohortId/matching", audience: "coordinator", render: (p, l) => cohort((id) => <NewRunPage cohortId={id} fromRun={l.query.get("from")} />)(p, l) },
  { pattern: "coordinate/cohorts/:cohortId/matching/:runId", audience: "coordinator", render: (p, l) => cohort((id) => <RunPage cohortId={id} runId={p.runId!} />)(p, l) },
  { pattern: "coordinate/cohorts/:cohortId/matches", audience: "coordinator", render: cohort((id) => <MatchesPage cohortId={id} />) },
  { pattern: "coordinate/cohorts/:cohortId/check-ins", audience: "coordinator", render: cohort((id) => <CheckInsPage cohortId={id} />) },
  { pattern: "coordinate/cohorts/:cohortId/check-ins/:checkInId", audience: "coordinator", render: (p, l) => cohort((id) => <CheckInResultsPage cohortId={id} checkInId={p.checkInId!} />)(p, l) },
  { pattern: "coordinate/cohorts/:cohortId/matches/:matchId", audience: "coordinator", render: (p, l) => cohort((id) => <MatchDetailsPage cohortId={id} matchId={p.matchId!} />)(p, l) },
  { pattern: "coordinate/cohorts/:cohortId/engagement", audience: "coordinator", render: cohort((id) => <EngagementPage cohortId={id} />) },
  { pattern: "coordinate/cohorts/:cohortId/demographics", audience: "coordinator", render: cohort((id) => <DemographicsPage cohortId={id} />) },
  { pattern: "coordinate/cohorts/:cohortId/invitations", audience: "coordinator", render: cohort((id) => <InvitationsPage cohortId={id} />) },
];

function resolve(location: Location, session: Session | undefined): ComponentChildren {
  for (const route of ROUTES) {
    const params = match(route.pattern, location.path);
    if (params === undefined) continue;
    if (route.audience !== "anyone" && session === undefined) return <SignInPage returnTo={location.path + (location.query.size ? `?${location.query}` : "")} />;
    if (route.audience === "coordinator" && !session?.coordinator) {
      return <NotAllowed />;
    }
    return route.render(params, location, session);
  }
  const coming = allScreens().find((s) => s.coming && match(s.path, location.path));
  if (coming) {
    const params = match(coming.path, location.path)!;
    const page = <ComingPage screen={coming} />;
    return params.cohortId ? <CohortLayout cohortId={params.cohortId} current={location.path}>{page}</CohortLayout> : page;
  }
  return <NotFoundPage />;
}

function NotAllowed() {
  return (
    <Page title="Coordinators only">
      <p>This page is for the program's coordinators. <a href={href("sign-in")}>Sign in with a coordinator's account</a>.</p>
    </Page>
  );
}

export function App() {
  const location = useLocation();
  const session = useSession();
  const sections = sectionsFor(session !== undefined, session?.coordinator ?? false);
  return (
    <>
      <a class="skip-link" href="#main">Skip to content</a>
      <header class="site-header">
        <div class="bar">
          <a class="brand" href={href("")}>Mentoring program</a>
          <div class="account">
            {session ? (
              <>
                <span class="who">{session.email}{session.coordinator ? " (coordinator)" : ""}</span>
                <button type="button" class="link" onClick={() => void signOut()}>Sign out</button>
              </>
            ) : (
              <a href={href(`sign-in?return=${encodeURIComponent(location.path)}`)}>Sign in</a>
            )}
          </div>
        </div>
        <nav aria-label="Main">
          {sections.map((section) => (
            <div class="nav-section" key={section.heading}>
              <span class="nav-heading" id={`nav-${section.audience}`}>{section.heading}</span>
              <ul aria-labelledby={`nav-${section.audience}`}>
                {section.items.map((item) => (
                  <li key={item.path}>
                    <a href={href(item.path)} aria-current={location.path === item.path ? "page" : undefined} class={item.coming ? "coming" : undefined}>
                      {item.label}{item.coming && <span class="tag">coming</span>}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
      </header>
      <main id="main">{resolve(location, session)}</main>
      <footer class="site-footer">
        <p>A mentoring program for children's librarians. <a href="/feed.atom" type="application/atom+xml">Atom feed</a></p>
      </footer>
    </>
  );
}
