import { useState } from "preact/hooks";
import { api, ok, type MatchDetails } from "../../api";
import { Page, Pending, useLoad } from "../../components/page";
import { href } from "../../router";
import { EndMatch, Goals, MatchFacts } from "../MatchYear";

/** Coordinators: one match of the cohort, its goals and meetings in figures, why it ended, and ending it. */
export function MatchDetailsPage({ cohortId, matchId }: { cohortId: string; matchId: string }) {
  const [loaded] = useLoad(() => ok(api.GET("/matches/{matchId}", { params: { path: { matchId } } })), [matchId]);
  const [current, setCurrent] = useState<MatchDetails>();
  if (loaded.state !== "ready") return <Page title="Match"><Pending loaded={loaded} /></Page>;
  const match = current ?? loaded.value;
  return (
    <Page title={`${match.mentor.name} and ${match.mentee.name}`}>
      <MatchFacts match={match} />
      <Goals key={match.status} match={match} editable={false} onSaved={setCurrent} />
      <EndMatch match={match} who="coordinator" onEnded={setCurrent} />
      <p><a href={href(`coordinate/cohorts/${encodeURIComponent(cohortId)}/matches`)}>All matches of the cohort</a></p>
    </Page>
  );
}
