import { api, ok, type Schemas } from "../../api";
import { Page, Pending, useLoad } from "../../components/page";

type Counts = Schemas["DemographicCounts"];
const FIELD_NAMES: Record<string, string> = {
  gender: "Gender", region: "Region", raceEthnicity: "Race and ethnicity", libraryType: "Library type", careerStage: "Career stage",
};
const ROLE_NAMES: Record<string, string> = { MENTEE: "Mentees", MENTOR: "Mentors" };

function columnsOf(totals: Counts): Array<[keyof Counts, string]> {
  const all: Array<[keyof Counts, string]> = [["applicants", "Applicants"], ["matched", "Matched"], ["waitListed", "Wait-listed"], ["unmatched", "Unmatched"]];
  return all.filter(([key]) => totals[key] !== undefined);
}

function words(category: string | undefined): string {
  return (category ?? "").toLowerCase().split("_").join(" ").replace(/^\w/, (c) => c.toUpperCase());
}

/** Coordinators: who applied and who was matched, by each demographic field, with small counts hidden. */
export function DemographicsPage({ cohortId }: { cohortId: string }) {
  const [report] = useLoad(() => ok(api.GET("/cohorts/{cohortId}/demographics", { params: { path: { cohortId } } })), [cohortId]);
  return (
    <Page title="Demographics">
      <p>
        Counts under 5 show as “&lt;5”, and a few larger counts are hidden too (“suppressed”) so that no hidden count can be worked
        out from the totals. Each reading of this page is recorded in the audit trail.
      </p>
      <Pending loaded={report} />
      {report.state === "ready" && report.value.roles.map((role) => (
        <section key={role.role} aria-labelledby={`role-${role.role}`}>
          <h2 id={`role-${role.role}`}>{ROLE_NAMES[role.role]}</h2>
          {role.fields.map((field) => (
            <div class="table-wrap" key={field.field}>
              <table>
                <caption>{ROLE_NAMES[role.role]} by {FIELD_NAMES[field.field]?.toLowerCase()}</caption>
                {field.withheld ? (
                  <tbody><tr><td>Withheld: no way of hiding small counts would protect this table.</td></tr></tbody>
                ) : (
                  <>
                    <thead><tr><th scope="col">{FIELD_NAMES[field.field]}</th>{columnsOf(role.totals).map(([key, name]) => <th scope="col" key={key}>{name}</th>)}</tr></thead>
                    <tbody>
                      {field.rows.map((row) => (
                        <tr key={row.category}>
                          <th scope="row">{words(row.category)}</th>
                          {columnsOf(role.totals).map(([key]) => <td class="num" key={key}>{String(row[key] ?? "")}</td>)}
                        </tr>
                      ))}
                      <tr><th scope="row">Total</th>{columnsOf(role.totals).map(([key]) => <td class="num" key={key}>{String(role.totals[key] ?? "")}</td>)}</tr>
                    </tbody>
                  </>
                )}
              </table>
            </div>
          ))}
        </section>
      ))}
    </Page>
  );
}
