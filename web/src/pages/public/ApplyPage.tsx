import { useRef, useState } from "preact/hooks";
import { api, ok, type Cohort } from "../../api";
import { APPLICATION_LABELS, EMPTY_DRAFT, applicationBody, type ApplicationDraft } from "../../application";
import { Checkbox, CheckboxGroup, ErrorSummary, Fieldset, RadioGroup, Select, TextArea, TextField } from "../../components/fields";
import { Notice, Page, Pending, useLoad } from "../../components/page";
import { cohortTime } from "../../format";
import { FormKey } from "../../idempotency";
import { ApiError, describe, fieldErrors, type Problem } from "../../problems";
import { href } from "../../router";
import {
  CAREER_STAGES, GENDERS, GENDER_PREFERENCES, INTERESTS, LIBRARY_TYPES, RACE_ETHNICITIES, RACE_PREFERENCES,
  REGIONS, REGION_PREFERENCES, ROLES,
} from "../../vocab";

const FIELDS = Object.keys(APPLICATION_LABELS);

/** Anyone: apply to an open cohort. Errors come from the API's 422, each shown beside its field. */
export function ApplyPage({ cohortId }: { cohortId: string }) {
  const [cohort] = useLoad(() => ok(api.GET("/cohorts/{cohortId}", { params: { path: { cohortId } } })), [cohortId]);
  if (cohort.state !== "ready") return <Page title="Apply"><Pending loaded={cohort} /></Page>;
  return <ApplicationFormView cohort={cohort.value} />;
}

type Outcome = { state: "editing"; problem?: Problem } | { state: "sending" } | { state: "sent"; email: string };

function ApplicationFormView({ cohort }: { cohort: Cohort }) {
  const [draft, setDraft] = useState<ApplicationDraft>(EMPTY_DRAFT);
  const [outcome, setOutcome] = useState<Outcome>({ state: "editing" });
  const formKey = useRef(new FormKey());
  const summary = useRef<HTMLDivElement>(null);
  const set = <K extends keyof ApplicationDraft>(key: K) => (value: ApplicationDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setPreference = (key: keyof ApplicationDraft["preferences"]) => (value: string) =>
    setDraft((d) => ({ ...d, preferences: { ...d.preferences, [key]: value } }));

  if (outcome.state === "sent") {
    return (
      <Page title="Application received">
        <Notice>Thank you. We have sent an email to <strong>{outcome.email}</strong>: please open the link in it to confirm your address. Applications whose address is not confirmed are left out of the matching.</Notice>
        <p><a href={href("")}>Back to the cohorts</a></p>
      </Page>
    );
  }

  const problem = outcome.state === "editing" ? outcome.problem : undefined;
  const { byField, unplaced } = fieldErrors(problem?.errors ? problem : undefined, FIELDS);
  const error = (pointer: string) => byField.get(pointer);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (outcome.state === "sending") return;
    const body = applicationBody(draft);
    const key = formKey.current.for(JSON.stringify(body));
    setOutcome({ state: "sending" });
    try {
      await ok(api.POST("/cohorts/{cohortId}/applications", {
        params: { path: { cohortId: cohort.cohortId }, header: { "Idempotency-Key": key } },
        body,
      }));
      setOutcome({ state: "sent", email: draft.email.trim() });
    } catch (e) {
      const problem = e instanceof ApiError ? e.problem : { title: describe(e), status: 0 };
      setOutcome({ state: "editing", problem: e instanceof ApiError && !problem.errors ? { ...problem, title: describe(e) } : problem });
      requestAnimationFrame(() => summary.current?.querySelector<HTMLElement>(".error-summary")?.focus());
    }
  };

  const mentor = draft.role === "MENTOR";
  const mentee = draft.role === "MENTEE";
  return (
    <Page title={`Apply to ${cohort.name}`}>
      {cohort.status !== "OPEN" ? (
        <Notice kind="info">This cohort is not open for applications ({cohort.status.toLowerCase()}).</Notice>
      ) : (
        <p>Applications close {cohortTime(cohort.applicationDeadline, cohort.timeZone)}. Fields are required unless marked optional.</p>
      )}
      <div ref={summary}>
        {problem && (
          <ErrorSummary title={problem.errors ? "Please correct these and submit again" : problem.title}
            placed={byField} unplaced={problem.errors ? unplaced : []}
            labels={APPLICATION_LABELS} />
        )}
      </div>
      <form noValidate onSubmit={submit} class="form">
        <RadioGroup pointer="/role" label="Applying as" options={ROLES} value={draft.role} onChange={set("role") as (v: string) => void} error={error("/role")} />
        <Fieldset legend="About you">
          <TextField pointer="/name" label="Full name" value={draft.name} onInput={set("name")} autocomplete="name" error={error("/name")} />
          <TextField pointer="/email" label="Email address" type="email" value={draft.email} onInput={set("email")} autocomplete="email"
            hint="We send a link to confirm it; your partner sees it once you are matched." error={error("/email")} />
          <TextField pointer="/institution" label="Library or institution" value={draft.institution} onInput={set("institution")} autocomplete="organization" error={error("/institution")} />
          <TextField pointer="/position" label="Position" optional value={draft.position} onInput={set("position")} autocomplete="organization-title" error={error("/position")} />
          <Select pointer="/libraryType" label="Library type" options={LIBRARY_TYPES} placeholder="Choose…" value={draft.libraryType} onChange={set("libraryType")} error={error("/libraryType")} />
          <Select pointer="/region" label="Region" options={REGIONS} placeholder="Choose…" value={draft.region} onChange={set("region")} error={error("/region")} />
          <TextField pointer="/yearsExperience" label="Years of experience in libraries" type="text" inputMode="numeric" value={draft.yearsExperience} onInput={set("yearsExperience")} error={error("/yearsExperience")} />
        </Fieldset>
        {mentor && (
          <Fieldset legend="Mentoring">
            <Checkbox pointer="/alscMember" label="I am a member of the Association for Library Service to Children" checked={draft.alscMember}
              onChange={set("alscMember")} hint="Mentors are association members." error={error("/alscMember")} />
            <Select pointer="/mentorCapacity" label="How many mentees could you take?" optional options={[["1", "1"], ["2", "2"], ["3", "3"]]}
              placeholder={`The cohort's usual (${cohort.defaultMentorCapacity})`} value={draft.mentorCapacity} onChange={set("mentorCapacity")} error={error("/mentorCapacity")} />
          </Fieldset>
        )}
        {mentee && (
          <Fieldset legend="Where you are">
            <Select pointer="/careerStage" label="Career stage" options={CAREER_STAGES} placeholder="Choose…" value={draft.careerStage} onChange={set("careerStage")} error={error("/careerStage")} />
            <Checkbox pointer="/ageConfirmed18" label="I am 18 or older" checked={draft.ageConfirmed18} onChange={set("ageConfirmed18")} error={error("/ageConfirmed18")} />
            <Checkbox pointer="/guardianConsent" label="I am under 18 and a parent or guardian agrees to my taking part" checked={draft.guardianConsent} onChange={set("guardianConsent")} error={error("/guardianConsent")} />
          </Fieldset>
        )}
        <CheckboxGroup pointer="/interests" label="Interests" hint="Choose 1 to 5: matching pairs people who share them." options={INTERESTS}
          values={draft.interests} onChange={set("interests")} error={error("/interests")} />
        <TextArea pointer="/goals" label="What would you like from the year?" optional maxLength={2000} hint="At most 2,000 characters." value={draft.goals} onInput={set("goals")} error={error("/goals")} />
        <Fieldset legend="About you, if you wish (optional)"
          hint="Only the program's coordinators ever see these answers; they help honour what mentees ask for. Leave any of them blank.">
          <Select pointer="/gender" label="Gender" optional options={GENDERS} placeholder="Not given" value={draft.gender} onChange={set("gender")} error={error("/gender")} />
          {draft.gender === "SELF_DESCRIBED" && (
            <TextField pointer="/genderSelfDescribed" label="Gender, in your words" optional value={draft.genderSelfDescribed} onInput={set("genderSelfDescribed")} error={error("/genderSelfDescribed")} />
          )}
          <CheckboxGroup pointer="/raceEthnicity" label="Race or ethnicity" optional hint="Choose any that apply." options={RACE_ETHNICITIES}
            values={draft.raceEthnicity} onChange={set("raceEthnicity")} error={error("/raceEthnicity")} />
          {mentee && (
            <>
              <Select pointer="/preferences/region" label="I would like a mentor" optional options={REGION_PREFERENCES} value={draft.preferences.region} onChange={setPreference("region")} error={error("/preferences/region")} />
              <Select pointer="/preferences/gender" label="Mentor's gender" optional options={GENDER_PREFERENCES} value={draft.preferences.gender} onChange={setPreference("gender")} error={error("/preferences/gender")} />
              <Select pointer="/preferences/raceEthnicity" label="Mentor's background" optional options={RACE_PREFERENCES} value={draft.preferences.raceEthnicity} onChange={setPreference("raceEthnicity")} error={error("/preferences/raceEthnicity")} />
            </>
          )}
        </Fieldset>
        <button type="submit" class="primary" disabled={outcome.state === "sending"} aria-disabled={outcome.state === "sending"}>
          {outcome.state === "sending" ? "Submitting…" : "Submit application"}
        </button>
      </form>
    </Page>
  );
}
