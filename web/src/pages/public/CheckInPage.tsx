import { useState } from "preact/hooks";
import { api, ok, type CheckInQuestionnaire } from "../../api";
import { ErrorSummary, RadioGroup, TextArea } from "../../components/fields";
import { Notice, Page, Pending, useLoad } from "../../components/page";
import { dateTime } from "../../format";
import { ApiError, describe, fieldErrors, type Problem } from "../../problems";

const SCALE: ReadonlyArray<readonly [string, string]> = [["1", "1 (not well)"], ["2", "2"], ["3", "3"], ["4", "4"], ["5", "5 (very well)"]];

/**
 * A check-in's emailed link, opened in the app: the questions, the holder's answers so far, and
 * saving them (again, until the program year ends). The link's token is the only key; no sign-in.
 */
export function CheckInPage({ checkInId, token }: { checkInId: string; token: string | null }) {
  const [loaded] = useLoad(async () => {
    if (token === null) throw new ApiError({ title: "Incomplete link", status: 404, detail: "This link is incomplete. Please open the link from your email again." });
    return ok(api.GET("/check-ins/{checkInId}", { params: { path: { checkInId }, query: { token } } }));
  }, [checkInId, token]);
  if (loaded.state !== "ready") return <Page title="Check-in"><Pending loaded={loaded} /></Page>;
  return <Questionnaire checkIn={loaded.value} token={token!} />;
}

function Questionnaire({ checkIn, token }: { checkIn: CheckInQuestionnaire; token: string }) {
  const [answers, setAnswers] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(checkIn.answers).map(([k, v]) => [k, String(v)])));
  const [saved, setSaved] = useState<string | undefined>(checkIn.answeredAt);
  const [problem, setProblem] = useState<Problem>();
  const [sending, setSending] = useState(false);
  const labels = Object.fromEntries(checkIn.questions.map((q, i) => [`/answers/${q.questionId}`, `Question ${i + 1}`]));
  const { byField, unplaced } = fieldErrors(problem, Object.keys(labels));
  const submit = async (event: Event) => {
    event.preventDefault();
    const body: Record<string, string | number> = {};
    for (const q of checkIn.questions) {
      const value = answers[q.questionId]?.trim();
      if (value) body[q.questionId] = q.kind === "SCALE_1_5" ? Number(value) : value;
    }
    setSending(true);
    try {
      const stored = await ok(api.POST("/check-ins/{checkInId}/responses", { params: { path: { checkInId: checkIn.checkInId }, query: { token } }, body: { answers: body } }));
      setProblem(undefined);
      setSaved(stored.answeredAt);
    } catch (e) {
      setProblem(e instanceof ApiError ? e.problem : { title: describe(e), status: 0 });
    } finally {
      setSending(false);
    }
  };
  return (
    <Page title={checkIn.title} lead={`${checkIn.cohortName}: a few questions about your mentoring year. Coordinators only see answers together, from five people or more, and written answers without your name.`}>
      {saved && <Notice>Your answers are saved ({dateTime(saved)}).{checkIn.open ? " You can change them here until the program year ends." : ""}</Notice>}
      {!checkIn.open && <Notice kind="info">The program year is over: these answers can no longer be changed.</Notice>}
      {problem && <ErrorSummary title={problem.errors ? "Your answers were not saved" : describe(new ApiError(problem))} placed={byField} unplaced={unplaced} labels={labels} />}
      <form class="form" noValidate onSubmit={submit}>
        {checkIn.questions.map((q, i) => {
          const pointer = `/answers/${q.questionId}`;
          const label = `${i + 1}. ${q.text}`;
          const set = (value: string) => setAnswers((a) => ({ ...a, [q.questionId]: value }));
          const value = answers[q.questionId] ?? "";
          const error = byField.get(pointer);
          if (q.kind === "TEXT") return <TextArea key={q.questionId} pointer={pointer} label={label} optional rows={4} maxLength={2000} value={value} onInput={set} error={error} />;
          const options = q.kind === "SCALE_1_5" ? SCALE : (q.options ?? []).map((o) => [o, o] as const);
          return <RadioGroup key={q.questionId} pointer={pointer} label={label} options={options} value={value} onChange={set} error={error} />;
        })}
        {checkIn.open && <button type="submit" class="primary" disabled={sending}>{saved ? "Save my changed answers" : "Send my answers"}</button>}
      </form>
    </Page>
  );
}
