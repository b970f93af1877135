import { useState } from "preact/hooks";
import { api, ok } from "../../api";
import { Select } from "../../components/fields";
import { Page, Pending, useLoad } from "../../components/page";
import { dateTime } from "../../format";

const ACTIONS: Record<string, string> = { READ: "Read", EXPORT: "Exported", ERASE: "Erased" };

/** Coordinators: who read demographic data, exported or erased, when and what. */
export function AuditPage() {
  const [cohortId, setCohortId] = useState("");
  const [cohorts] = useLoad(() => ok(api.GET("/cohorts", { params: { query: { limit: 100 } } })), []);
  const [entries] = useLoad(() => ok(api.GET("/audit", { params: { query: { limit: 100, ...(cohortId ? { cohortId } : {}) } } })), [cohortId]);
  const options = cohorts.state === "ready" ? cohorts.value.items.map((c) => [c.cohortId, c.name] as [string, string]) : [];
  return (
    <Page title="Audit trail">
      <p>Every reading of demographic data, every export and every erasure, newest first. People are named by a code, never by their address.</p>
      <Select pointer="cohortId" label="Cohort" value={cohortId} options={[["", "Not about one cohort (people's data)"], ...options]} onChange={setCohortId} />
      <Pending loaded={entries} />
      {entries.state === "ready" && (entries.value.items.length === 0 ? <p>Nothing recorded here yet.</p> : (
        <div class="table-wrap">
          <table class="wide">
            <caption>{entries.value.items.length} entries, newest first</caption>
            <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Did</th><th scope="col">What</th></tr></thead>
            <tbody>
              {entries.value.items.map((e) => (
                <tr key={e.entryId}>
                  <td>{dateTime(e.at)}</td>
                  <td>{e.actor}</td>
                  <th scope="row">{ACTIONS[e.action] ?? e.action}</th>
                  <td><code>{e.what}</code></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </Page>
  );
}
