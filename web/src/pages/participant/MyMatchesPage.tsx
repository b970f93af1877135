import { api, ok } from "../../api";
import { Page, Pending, useLoad } from "../../components/page";
import { date } from "../../format";
import { href } from "../../router";
import { INTERESTS, MATCH_STATUSES, label } from "../../vocab";

/** Participants: their matches, with the partner's contact details; each opens to its goals and meetings. */
export function MyMatchesPage() {
  const [matches] = useLoad(() => ok(api.GET("/me/matches")), []);
  return (
    <Page title="My matches">
      <Pending loaded={matches} />
      {matches.state === "ready" && matches.value.items.length === 0 && (
        <p>You have no match yet. When the coordinators confirm the matching of your cohort, your partner appears here and you both get an introduction email.</p>
      )}
      <ul class="cards">
        {matches.state === "ready" && matches.value.items.map((m) => (
          <li class="card" key={m.matchId}>
            <h2 class="h3">{m.role === "MENTEE" ? "Your mentor" : "Your mentee"}: {m.partner.name}</h2>
            <dl class="facts">
              <dt>Email</dt><dd><a href={`mailto:${m.partner.email}`}>{m.partner.email}</a></dd>
              <dt>Status</dt><dd>{label(MATCH_STATUSES, m.status)}</dd>
              <dt>Since</dt><dd>{date(m.startsOn)}</dd>
              <dt>You share</dt><dd>{(m.sharedInterests ?? []).map((i) => label(INTERESTS, i)).join(", ") || "—"}</dd>
            </dl>
            <a class="button primary" href={href(`me/matches/${m.matchId}`)}>Meetings with {m.partner.name}</a>
          </li>
        ))}
      </ul>
    </Page>
  );
}
