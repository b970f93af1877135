import type { ApplicationForm } from "./api";

/** What the application form holds while someone fills it in: strings as typed, choices as picked. */
export interface ApplicationDraft {
  role: "" | "MENTOR" | "MENTEE";
  name: string;
  email: string;
  institution: string;
  position: string;
  libraryType: string;
  region: string;
  yearsExperience: string;
  alscMember: boolean;
  mentorCapacity: string;
  careerStage: string;
  ageConfirmed18: boolean;
  guardianConsent: boolean;
  interests: string[];
  goals: string;
  gender: string;
  genderSelfDescribed: string;
  raceEthnicity: string[];
  preferences: { region: string; gender: string; raceEthnicity: string };
}

export const EMPTY_DRAFT: ApplicationDraft = {
  role: "", name: "", email: "", institution: "", position: "", libraryType: "", region: "", yearsExperience: "",
  alscMember: false, mentorCapacity: "", careerStage: "", ageConfirmed18: false, guardianConsent: false,
  interests: [], goals: "", gender: "", genderSelfDescribed: "", raceEthnicity: [],
  preferences: { region: "ANY", gender: "ANY", raceEthnicity: "ANY" },
};

/**
 * The request body for a draft: only what the person gave and what their role asks for (the API
 * refuses unknown fields and judges the rest itself, so the 422 names every problem at once). A
 * number typed as text that is not a whole number is sent as typed, for the API to name.
 */
export function applicationBody(d: ApplicationDraft): ApplicationForm {
  const body: Record<string, unknown> = {};
  if (d.role) body.role = d.role;
  body.name = d.name;
  body.email = d.email;
  body.institution = d.institution;
  if (d.position.trim()) body.position = d.position;
  if (d.libraryType) body.libraryType = d.libraryType;
  if (d.region) body.region = d.region;
  if (d.yearsExperience.trim() !== "") body.yearsExperience = /^-?\d+$/.test(d.yearsExperience.trim()) ? Number(d.yearsExperience) : d.yearsExperience;
  body.interests = d.interests;
  if (d.goals.trim()) body.goals = d.goals;
  if (d.role === "MENTOR") {
    body.alscMember = d.alscMember;
    if (d.mentorCapacity) body.mentorCapacity = Number(d.mentorCapacity);
  }
  if (d.role === "MENTEE") {
    if (d.careerStage) body.careerStage = d.careerStage;
    body.ageConfirmed18 = d.ageConfirmed18;
    body.guardianConsent = d.guardianConsent;
    body.preferences = { ...d.preferences };
  }
  if (d.gender) body.gender = d.gender;
  if (d.gender === "SELF_DESCRIBED" && d.genderSelfDescribed.trim()) body.genderSelfDescribed = d.genderSelfDescribed;
  if (d.raceEthnicity.length > 0) body.raceEthnicity = d.raceEthnicity;
  return body as unknown as ApplicationForm;
}

/** The form's fields by JSON pointer, with the labels the error summary uses. */
export const APPLICATION_LABELS: Record<string, string> = {
  "/role": "Applying as", "/name": "Full name", "/email": "Email address", "/institution": "Library or institution",
  "/position": "Position", "/libraryType": "Library type", "/region": "Region", "/yearsExperience": "Years of experience",
  "/alscMember": "ALSC membership", "/mentorCapacity": "How many mentees", "/careerStage": "Career stage",
  "/ageConfirmed18": "Age", "/guardianConsent": "Guardian's consent", "/interests": "Interests", "/goals": "Goals",
  "/gender": "Gender", "/genderSelfDescribed": "Gender, in your words", "/raceEthnicity": "Race or ethnicity",
  "/preferences/region": "Mentor's region", "/preferences/gender": "Mentor's gender", "/preferences/raceEthnicity": "Mentor's background",
};
