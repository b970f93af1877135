import { useState } from "preact/hooks";
import { api, ok } from "../../api";
import { TextArea } from "../../components/fields";
import { Notice, Page, Pending, useLoad } from "../../components/page";
import { dateTime } from "../../format";
import { describe } from "../../problems";
import { href } from "../../router";

/**
 * The carry-over invitation's link: a mentee left on a wait list re-applies to the new cohort in
 * one step, with her earlier application as it was (her goals can change), and priority in matching.
 */
export function ReapplyPage({ token }: { token: string | null }) {
  const [invitation] = useLoad(() => {
    if (token === null) return Promise.reject(new Error("This link is incomplete. Please open the link from your email again."));
    return ok(api.GET("/reapply", { params: { query: { token } } }));
  }, [token]);
  const [goals, setGoals] = useState<string>();
  const [state, setState] = useState<"idle" | "sending" | "done" | { error: string }>("idle");
  if (invitation.state !== "ready") return <Page title="Re-apply"><Pending loaded={invitation} /></Page>;
  const { cohortName, applicationDeadline, application } = invitation.value;
  const reapply = async () => {
    if (token === null) return;
    setState("sending");
    try {
      await ok(api.POST("/reapply", { params: { query: { token } }, body: goals === undefined ? {} : { goals } }));
      setState("done");
    } catch (error) {
      setState({ error: describe(error) });
    }
  };
  return (
    <Page title={`Re-apply to ${cohortName}`}>
      {state === "done" ? (
        <Notice>Thank you: you have re-applied to {cohortName}. You will be among the first matched. <a href={href("")}>Back to the cohorts</a></Notice>
      ) : (
        <>
          <p>Your earlier application, ready to send again. Applications close {dateTime(applicationDeadline)}.</p>
          <dl class="facts">
            <dt>Name</dt><dd>{application.name}</dd>
            <dt>Email</dt><dd>{application.email}</dd>
            <dt>Library</dt><dd>{application.institution}</dd>
            <dt>Interests</dt><dd>{(application.interests ?? []).join(", ")}</dd>
          </dl>
          <TextArea pointer="/goals" label="What you hope to get from the program" value={goals ?? application.goals ?? ""}
            onInput={setGoals} maxLength={2000} />
          {typeof state === "object" && <Notice kind="error">{state.error}</Notice>}
          <button type="button" class="primary" onClick={reapply} disabled={state === "sending"}>
            {state === "sending" ? "Sending…" : "Re-apply"}
          </button>
        </>
      )}
    </Page>
  );
}
