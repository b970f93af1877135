import { useState } from "preact/hooks";
import { api, ok } from "../../api";
import { Notice, Page } from "../../components/page";
import { describe } from "../../problems";

/**
 * Coordinators: recruit mentors for a cohort that takes applications — invite alumni (past mentors,
 * mentees whose year completed) once each. Carry-over of wait-listed mentees is chosen when a
 * cohort is created (POST /cohorts with carryOverFrom).
 */
export function InvitationsPage({ cohortId }: { cohortId: string }) {
  const [message, setMessage] = useState<{ kind: "success" | "error"; text: string }>();
  const [sending, setSending] = useState(false);
  const invite = async () => {
    setSending(true);
    try {
      const { invited } = await ok(api.POST("/cohorts/{cohortId}/invitations", { params: { path: { cohortId } } }));
      setMessage({ kind: "success", text: invited === 0 ? "Every alumna and alumnus was invited to this cohort before: nobody new to write to."
        : `${invited} alumni were invited to apply as mentors.` });
    } catch (e) {
      setMessage({ kind: "error", text: describe(e) });
    } finally {
      setSending(false);
    }
  };
  return (
    <Page title="Invite alumni to mentor">
      <p>
        Mentors are the program's scarcest people. This emails every past mentor, and every mentee whose program year
        completed, an invitation to apply as a mentor to this cohort — once each, never to anyone who opted out of the
        newsletter or already applied.
      </p>
      <p>To invite the wait-listed mentees of earlier cohorts, choose them when you create the new cohort (carry-over): they re-apply in one step and are matched first.</p>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <button type="button" class="primary" onClick={invite} disabled={sending}>{sending ? "Inviting…" : "Invite alumni"}</button>
    </Page>
  );
}
