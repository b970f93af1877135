import { useState } from "preact/hooks";
import { api, ok, type Schemas } from "../../api";
import { Checkbox, TextField } from "../../components/fields";
import { Notice, Page } from "../../components/page";
import { dateTime } from "../../format";
import { describe } from "../../problems";

type Held = Schemas["PersonData"];
type Erased = { subject: string; erased: Record<string, unknown> };

/** Coordinators: everything held about one address, and its erasure. */
export function PeoplePage() {
  const [email, setEmail] = useState("");
  const [held, setHeld] = useState<Held>();
  const [sure, setSure] = useState(false);
  const [erased, setErased] = useState<Erased>();
  const [error, setError] = useState<string>();
  const path = { path: { email: encodeURIComponent(email.trim()) } };

  const look = async (e: Event) => {
    e.preventDefault();
    setError(undefined); setErased(undefined); setSure(false);
    try {
      setHeld(await ok(api.GET("/people/{email}/data", { params: path })));
    } catch (problem) {
      setHeld(undefined);
      setError(describe(problem));
    }
  };
  const erase = async () => {
    setError(undefined);
    try {
      setErased((await ok(api.DELETE("/people/{email}", { params: path }))) as Erased);
      setHeld(undefined);
    } catch (problem) {
      setError(describe(problem));
    }
  };

  return (
    <Page title="People's data">
      <p>Look up everything the program holds about one email address, to send it to them or to erase it. Both are recorded in the audit trail.</p>
      <form onSubmit={look}>
        <TextField pointer="/email" label="Email address" type="email" value={email} onInput={setEmail} autocomplete="off" />
        <button type="submit">Show their data</button>
      </form>
      {error && <Notice kind="error">{error}</Notice>}
      {held && (
        <section aria-labelledby="held-heading">
          <h2 id="held-heading">What is held about {held.email}</h2>
          {held.cohorts.length === 0 && held.emails.length === 0 && !held.newsletter.known && !held.suppression
            ? <p>Nothing is held about this address.</p>
            : (
              <dl class="facts">
                <dt>Cohorts</dt><dd>{held.cohorts.join(", ") || "none"}</dd>
                <dt>Applications</dt><dd>{held.applications.map((a) => `${a.role.toLowerCase()} in ${a.cohortId}`).join("; ") || "none"}</dd>
                <dt>Matches</dt><dd>{held.matches.length}</dd>
                <dt>Meetings they logged</dt><dd>{held.meetingsLogged.length}</dd>
                <dt>Emails</dt><dd>{held.emails.length}</dd>
                <dt>Newsletter</dt><dd>{held.newsletter.optedOutAt ? `opted out ${dateTime(held.newsletter.optedOutAt)}` : held.newsletter.known ? "subscribed" : "no record"}</dd>
                <dt>Suppressed</dt><dd>{held.suppression ? `${held.suppression.reason.toLowerCase()} ${dateTime(held.suppression.suppressedAt)}` : "no"}</dd>
                <dt>Posts</dt><dd>{held.posts.map((p) => p.title).join("; ") || "none"}</dd>
              </dl>
            )}
          <details>
            <summary>All of it, as JSON</summary>
            <pre>{JSON.stringify(held, null, 2)}</pre>
          </details>
          <h3>Erase this person</h3>
          <p>Names, addresses, free text and demographics are removed everywhere and unsent emails dropped; the program's counts stay as they are. This cannot be undone.</p>
          <Checkbox pointer="/confirmErase" label={`I want to erase ${held.email}`} checked={sure} onChange={setSure} />
          <button type="button" class="danger" disabled={!sure} onClick={erase}>Erase</button>
        </section>
      )}
      {erased && (
        <Notice>
          Erased ({erased.subject}): {Object.entries(erased.erased).filter(([k]) => k !== "cohorts").map(([k, v]) => `${k} ${String(v)}`).join(", ")}.
        </Notice>
      )}
    </Page>
  );
}
