import type { NavItem } from "../nav";
import { Page } from "../components/page";
import { href } from "../router";

/** A screen whose API routes are not built yet: says what it will do and what brings it. */
export function ComingPage({ screen }: { screen: NavItem }) {
  return (
    <Page title={`${screen.label} (coming)`}>
      <p>This screen arrives with {screen.coming}. It will use:</p>
      <ul>{screen.routes.map((r) => <li key={r}><code>{r}</code></li>)}</ul>
      <p><a href={href("")}>Back to the start</a></p>
    </Page>
  );
}

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <p>There is no page at this address. <a href={href("")}>Go to the start</a>.</p>
    </Page>
  );
}
