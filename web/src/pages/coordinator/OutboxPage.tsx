import { useState } from "preact/hooks";
import { api, ok, type Notification } from "../../api";
import { Notice, Page, Pending, useLoad } from "../../components/page";
import { dateTime } from "../../format";
import { describe } from "../../problems";

const STATUSES = [["FAILED", "Failed"], ["SUPPRESSED", "Suppressed"], ["PENDING", "Waiting"], ["SENT", "Sent"]] as const;
type Status = (typeof STATUSES)[number][0];

/** Coordinators: emails that failed or were suppressed (and the rest), and a retry for the failed. */
export function OutboxPage() {
  const [status, setStatus] = useState<Status>("FAILED");
  const [entries, reload] = useLoad(() => ok(api.GET("/notifications", { params: { query: { status, limit: 100 } } })), [status]);
  const [message, setMessage] = useState<{ kind: "success" | "error"; text: string }>();
  const retry = async (n: Notification) => {
    try {
      await ok(api.POST("/notifications/{notificationId}/retry", { params: { path: { notificationId: n.notificationId } } }));
      setMessage({ kind: "success", text: `The email to ${n.recipient} will be sent again.` });
      reload();
    } catch (e) {
      setMessage({ kind: "error", text: describe(e) });
    }
  };
  return (
    <Page title="Outbox">
      <p>Every email goes through the outbox. A failed one can be sent again; a suppressed one is not sent because its address bounced, complained or unsubscribed.</p>
      <div class="tabs" role="group" aria-label="Which emails">
        {STATUSES.map(([s, l]) => (
          <button type="button" key={s} aria-pressed={status === s} onClick={() => { setMessage(undefined); setStatus(s); }}>{l}</button>
        ))}
      </div>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <Pending loaded={entries} />
      {entries.state === "ready" && (entries.value.items.length === 0 ? <p>No {status.toLowerCase()} emails.</p> : (
        <div class="table-wrap">
          <table class="wide">
            <caption>{entries.value.items.length} {status.toLowerCase()} emails, newest first</caption>
            <thead><tr><th scope="col">Kind</th><th scope="col">To</th><th scope="col">Attempts</th><th scope="col">Last error or reason</th><th scope="col">Updated</th>{status === "FAILED" && <th scope="col">Action</th>}</tr></thead>
            <tbody>
              {entries.value.items.map((n) => (
                <tr key={n.notificationId}>
                  <th scope="row">{n.kind}</th>
                  <td>{n.recipient}</td>
                  <td class="num">{n.attempts}</td>
                  <td>{n.lastError ?? n.suppressedReason ?? ""}</td>
                  <td>{dateTime(n.updatedAt)}</td>
                  {status === "FAILED" && <td><button type="button" onClick={() => retry(n)}>Retry email to {n.recipient}</button></td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </Page>
  );
}
