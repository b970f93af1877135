import { expect, it } from "vitest";
import { EMPTY_DRAFT, applicationBody } from "../src/application";

const filled = {
  ...EMPTY_DRAFT, name: "Marlowe Reyes", email: "marlowe@example.org", institution: "Springfield Public Library",
  libraryType: "PUBLIC", region: "MIDWEST", yearsExperience: "1", interests: ["storytime"],
};

it("sends a mentee's stage, age and preferences, and no mentor fields", () => {
  const body = applicationBody({ ...filled, role: "MENTEE", careerStage: "EARLY_CAREER", ageConfirmed18: true, alscMember: true, mentorCapacity: "2" }) as Record<string, unknown>;
  expect(body).toMatchObject({ role: "MENTEE", careerStage: "EARLY_CAREER", ageConfirmed18: true, guardianConsent: false, yearsExperience: 1 });
  expect(body.preferences).toEqual({ region: "ANY", gender: "ANY", raceEthnicity: "ANY" });
  expect(body).not.toHaveProperty("alscMember");
  expect(body).not.toHaveProperty("mentorCapacity");
});

it("sends a mentor's membership and places, and no mentee fields", () => {
  const body = applicationBody({ ...filled, role: "MENTOR", alscMember: true, mentorCapacity: "3", careerStage: "STUDENT" }) as Record<string, unknown>;
  expect(body).toMatchObject({ role: "MENTOR", alscMember: true, mentorCapacity: 3 });
  expect(body).not.toHaveProperty("careerStage");
  expect(body).not.toHaveProperty("preferences");
});

it("leaves out the optional answers not given, and a self-description without its gender", () => {
  const body = applicationBody({ ...filled, role: "MENTEE", gender: "WOMAN", genderSelfDescribed: "left over" }) as Record<string, unknown>;
  expect(body.gender).toBe("WOMAN");
  expect(body).not.toHaveProperty("genderSelfDescribed");
  expect(body).not.toHaveProperty("raceEthnicity");
  expect(body).not.toHaveProperty("position");
  expect(body).not.toHaveProperty("goals");
});

it("sends years typed as words as typed, for the API to name the field", () => {
  expect((applicationBody({ ...filled, yearsExperience: "two" }) as Record<string, unknown>).yearsExperience).toBe("two");
});
