import { api, ok, type Match } from "../../api";
import { Page, Pending, useLoad } from "../../components/page";
import { date } from "../../format";
import { href } from "../../router";
import { INTERESTS, MATCH_STATUSES, label } from "../../vocab";

export async function allMatches(cohortId: string): Promise<Match[]> {
  const items: Match[] = [];
  let nextToken: string | undefined;
  do {
    const page = await ok(api.GET("/cohorts/{cohortId}/matches", { params: { path: { cohortId }, query: { limit: 100, ...(nextToken ? { nextToken } : {}) } } }));
    items.push(...page.items);
    nextToken = page.nextToken;
  } while (nextToken);
  return items;
}

/** Coordinators: the cohort's matches. */
export function MatchesPage({ cohortId }: { cohortId: string }) {
  const [matches] = useLoad(() => allMatches(cohortId), [cohortId]);
  return (
    <Page title="Matches">
      <Pending loaded={matches} />
      {matches.state === "ready" && (matches.value.length === 0 ? <p>No matches yet: confirm a matching run first.</p> : (
        <div class="table-wrap">
          <table class="wide">
            <caption>{matches.value.length} pairs</caption>
            <thead><tr><th scope="col">Mentor</th><th scope="col">Mentee</th><th scope="col">Score</th><th scope="col">Shared interests</th><th scope="col">Since</th></tr></thead>
            <tbody>
              {matches.value.map((m) => (
                <tr key={m.matchId}>
                  <th scope="row">{m.mentor?.name}<br /><span class="meta">{m.mentor?.email}</span><br />
                    <a href={href(`coordinate/cohorts/${encodeURIComponent(cohortId)}/matches/${m.matchId}`)}>{label(MATCH_STATUSES, m.status)}<span class="visually-hidden">: {m.mentor?.name} and {m.mentee?.name}</span></a></th>
                  <td>{m.mentee?.name}<br /><span class="meta">{m.mentee?.email}</span></td>
                  <td class="num">{m.score}</td>
                  <td>{m.sharedInterests.map((i) => label(INTERESTS, i)).join(", ")}</td>
                  <td>{date(m.startsOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </Page>
  );
}
