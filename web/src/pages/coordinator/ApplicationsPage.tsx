import { useState } from "preact/hooks";
import { api, ok, type Application } from "../../api";
import { Select } from "../../components/fields";
import { Coming, Page, Pending, useLoad } from "../../components/page";
import { dateTime } from "../../format";
import { href } from "../../router";
import { CAREER_STAGES, GENDERS, INTERESTS, LIBRARY_TYPES, RACE_ETHNICITIES, REGIONS, label } from "../../vocab";

/** Every application of a cohort, all pages of the list. */
export async function allApplications(cohortId: string, role?: "MENTOR" | "MENTEE"): Promise<Application[]> {
  const items: Application[] = [];
  let nextToken: string | undefined;
  do {
    const page = await ok(api.GET("/cohorts/{cohortId}/applications", {
      params: { path: { cohortId }, query: { limit: 100, ...(role ? { role } : {}), ...(nextToken ? { nextToken } : {}) } },
    }));
    items.push(...page.items);
    nextToken = page.nextToken;
  } while (nextToken);
  return items;
}

/** Coordinators: the applications table, filtered by role and email confirmation, demographics included. */
export function ApplicationsPage({ cohortId }: { cohortId: string }) {
  const [role, setRole] = useState("");
  const [confirmed, setConfirmed] = useState("");
  const [applications] = useLoad(() => allApplications(cohortId, (role || undefined) as "MENTOR" | "MENTEE" | undefined), [cohortId, role]);
  const shown = applications.state === "ready"
    ? applications.value.filter((a) => confirmed === "" || String(Boolean(a.emailConfirmed)) === confirmed) : [];
  return (
    <Page title="Applications">
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <Select pointer="/filter/role" label="Role" options={[["MENTEE", "Mentees"], ["MENTOR", "Mentors"]]} placeholder="Everyone" value={role} onChange={setRole} />
        <Select pointer="/filter/confirmed" label="Email" options={[["true", "Confirmed"], ["false", "Not confirmed"]]} placeholder="Confirmed or not" value={confirmed} onChange={setConfirmed} />
      </form>
      <p class="hint">CSV download: <Coming what="the coordinators' CSV exports" /></p>
      <Pending loaded={applications} />
      {applications.state === "ready" && (
        <div class="table-wrap">
          <table class="wide">
            <caption>{shown.length} applications (demographic answers are confidential)</caption>
            <thead>
              <tr>
                <th scope="col">Name</th><th scope="col">Role</th><th scope="col">Email</th><th scope="col">Confirmed</th>
                <th scope="col">Institution</th><th scope="col">Library</th><th scope="col">Region</th><th scope="col">Years</th>
                <th scope="col">Stage / places</th><th scope="col">Interests</th><th scope="col">Gender</th><th scope="col">Race or ethnicity</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((a) => (
                <tr key={a.applicationId}>
                  <th scope="row"><a href={href(`coordinate/cohorts/${cohortId}/applications/${a.applicationId}`)}>{a.name}</a></th>
                  <td>{a.role === "MENTOR" ? "Mentor" : "Mentee"}</td>
                  <td>{a.email}</td>
                  <td>{a.emailConfirmed ? "Yes" : "No"}</td>
                  <td>{a.institution}</td>
                  <td>{label(LIBRARY_TYPES, a.libraryType)}</td>
                  <td>{label(REGIONS, a.region)}</td>
                  <td>{a.yearsExperience}</td>
                  <td>{a.role === "MENTOR" ? `${a.mentorCapacity ?? ""} places` : label(CAREER_STAGES, a.careerStage)}</td>
                  <td>{(a.interests ?? []).map((i) => label(INTERESTS, i)).join(", ")}</td>
                  <td>{a.gender === "SELF_DESCRIBED" ? a.genderSelfDescribed : label(GENDERS, a.gender)}</td>
                  <td>{(a.raceEthnicity ?? []).map((r) => label(RACE_ETHNICITIES, r)).join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}

/** Coordinators: one application in full, goals and preferences included. */
export function ApplicationPage({ cohortId, applicationId }: { cohortId: string; applicationId: string }) {
  const [application] = useLoad(() => ok(api.GET("/cohorts/{cohortId}/applications/{applicationId}", { params: { path: { cohortId, applicationId } } })), [cohortId, applicationId]);
  if (application.state !== "ready") return <Page title="Application"><Pending loaded={application} /></Page>;
  const a = application.value;
  return (
    <Page title={`${a.name} (${a.role === "MENTOR" ? "mentor" : "mentee"})`}>
      <dl class="facts">
        <dt>Email</dt><dd>{a.email} ({a.emailConfirmed ? "confirmed" : "not confirmed"})</dd>
        <dt>Applied</dt><dd>{dateTime(a.submittedAt)}</dd>
        <dt>Institution</dt><dd>{a.institution}{a.position ? `, ${a.position}` : ""}</dd>
        <dt>Library</dt><dd>{label(LIBRARY_TYPES, a.libraryType)}, {label(REGIONS, a.region)}</dd>
        <dt>Experience</dt><dd>{a.yearsExperience} years</dd>
        {a.role === "MENTOR" ? <><dt>Places</dt><dd>{a.mentorCapacity}</dd></> : <><dt>Career stage</dt><dd>{label(CAREER_STAGES, a.careerStage)}</dd></>}
        <dt>Interests</dt><dd>{(a.interests ?? []).map((i) => label(INTERESTS, i)).join(", ")}</dd>
        <dt>Goals</dt><dd class="notes">{a.goals || "—"}</dd>
        <dt>Gender</dt><dd>{a.gender === "SELF_DESCRIBED" ? a.genderSelfDescribed : label(GENDERS, a.gender) || "—"}</dd>
        <dt>Race or ethnicity</dt><dd>{(a.raceEthnicity ?? []).map((r) => label(RACE_ETHNICITIES, r)).join(", ") || "—"}</dd>
        {a.preferences && <><dt>Asked for</dt><dd>region {a.preferences.region ?? "ANY"}, gender {a.preferences.gender ?? "ANY"}, background {a.preferences.raceEthnicity ?? "ANY"}</dd></>}
      </dl>
      <p><a href={href(`coordinate/cohorts/${cohortId}/applications`)}>All applications</a></p>
    </Page>
  );
}
