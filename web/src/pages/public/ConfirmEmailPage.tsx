import { useState } from "preact/hooks";
import { api, ok } from "../../api";
import { Notice, Page } from "../../components/page";
import { describe } from "../../problems";
import { href } from "../../router";

/**
 * The acknowledgement email's link, opened in the app: a button confirms (opening the link alone
 * changes nothing, as mail scanners open links too).
 */
export function ConfirmEmailPage({ token }: { token: string | null }) {
  const [state, setState] = useState<"idle" | "sending" | "done" | { error: string }>("idle");
  const confirm = async () => {
    if (token === null) return;
    setState("sending");
    try {
      await ok(api.POST("/applications/confirm", { params: { query: { token } } }));
      setState("done");
    } catch (error) {
      setState({ error: describe(error) });
    }
  };
  return (
    <Page title="Confirm your email address">
      {token === null ? (
        <Notice kind="error">This link is incomplete. Please open the link from your email again, or copy all of it into the address bar.</Notice>
      ) : state === "done" ? (
        <Notice>Thank you: your email address is confirmed. Your application will be part of the matching after the deadline. <a href={href("")}>Back to the cohorts</a></Notice>
      ) : (
        <>
          <p>Confirming tells the coordinators that this address reaches you. Until you confirm, your application is left out of the matching.</p>
          {typeof state === "object" && <Notice kind="error">{state.error}</Notice>}
          <button type="button" class="primary" onClick={confirm} disabled={state === "sending"}>
            {state === "sending" ? "Confirming…" : "Confirm my email address"}
          </button>
        </>
      )}
    </Page>
  );
}
