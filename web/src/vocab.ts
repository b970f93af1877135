/** The API's vocabularies with the words people read. Order is the order shown. */
export type Options = ReadonlyArray<readonly [value: string, label: string]>;

export const ROLES: Options = [["MENTEE", "Mentee: I would like a mentor"], ["MENTOR", "Mentor: I would like to mentor someone"]];
export const LIBRARY_TYPES: Options = [["PUBLIC", "Public"], ["SCHOOL", "School"], ["ACADEMIC", "Academic"], ["SPECIAL", "Special"], ["OTHER", "Other"]];
export const REGIONS: Options = [["NORTHEAST", "Northeast"], ["MIDWEST", "Midwest"], ["SOUTH", "South"], ["WEST", "West"], ["CANADA", "Canada"], ["INTERNATIONAL", "International"]];
export const CAREER_STAGES: Options = [["STUDENT", "Student"], ["EARLY_CAREER", "Early career"], ["RETURNING", "Returning to the profession"], ["REFINING_SKILLS", "Refining my skills"]];
export const GENDERS: Options = [["WOMAN", "Woman"], ["MAN", "Man"], ["NON_BINARY", "Non-binary"], ["SELF_DESCRIBED", "I describe myself as…"], ["PREFER_NOT_TO_SAY", "Prefer not to say"]];
export const RACE_ETHNICITIES: Options = [
  ["AMERICAN_INDIAN_ALASKA_NATIVE", "American Indian or Alaska Native"], ["ASIAN", "Asian"],
  ["BLACK_AFRICAN_AMERICAN", "Black or African American"], ["HISPANIC_LATINO", "Hispanic or Latino"],
  ["MIDDLE_EASTERN_NORTH_AFRICAN", "Middle Eastern or North African"], ["NATIVE_HAWAIIAN_PACIFIC_ISLANDER", "Native Hawaiian or Pacific Islander"],
  ["WHITE", "White"], ["SELF_DESCRIBED", "Self-described"], ["PREFER_NOT_TO_SAY", "Prefer not to say"],
];
export const INTERESTS: Options = [
  ["storytime", "Storytime"], ["early-literacy", "Early literacy"], ["collection-development", "Collection development"],
  ["programming", "Programming"], ["stem", "STEM"], ["outreach", "Outreach"], ["school-partnerships", "School partnerships"],
  ["advocacy", "Advocacy"], ["leadership", "Leadership"], ["management", "Management"], ["committee-service", "Committee service"],
  ["writing-publishing", "Writing and publishing"], ["research", "Research"], ["mock-interviews", "Mock interviews"],
  ["career-development", "Career development"], ["technology", "Technology"], ["equity-diversity-inclusion", "Equity, diversity and inclusion"],
  ["teen-services", "Teen services"], ["book-evaluation-awards", "Book evaluation and awards"], ["grant-writing", "Grant writing"],
];
export const REGION_PREFERENCES: Options = [["ANY", "No preference"], ["SAME", "From my region"], ["DIFFERENT", "From another region"]];
export const GENDER_PREFERENCES: Options = [["ANY", "No preference"], ["SAME", "Of my gender"]];
export const RACE_PREFERENCES: Options = [["ANY", "No preference"], ["SHARED", "Who shares my background"]];
export const MEETING_FORMATS: Options = [["VIDEO", "Video call"], ["PHONE", "Phone"], ["IN_PERSON", "In person"], ["EMAIL", "Email"], ["OTHER", "Other"]];
export const ACTIVITIES: Options = [
  ["conversation", "Conversation"], ["mock-interview", "Mock interview"], ["resume-review", "Résumé review"], ["blog-post", "Blog post"],
  ["research", "Research"], ["committee-service", "Committee service"], ["conference", "Conference"],
  ["program-observation", "Program observation"], ["goal-setting", "Goal setting"], ["other", "Other"],
];
export const COMPETENCIES: Options = [
  ["COMMITMENT_TO_CLIENT_GROUP", "Commitment to client group"], ["REFERENCE_AND_USER_SERVICES", "Reference and user services"],
  ["PROGRAMMING_SKILLS", "Programming skills"], ["MATERIALS_KNOWLEDGE_CURATION_MANAGEMENT", "Knowledge, curation and management of materials"],
  ["OUTREACH_AND_ADVOCACY", "Outreach and advocacy"], ["ADMINISTRATION_AND_MANAGEMENT", "Administration and management"],
  ["PROFESSIONALISM_AND_PROFESSIONAL_DEVELOPMENT", "Professionalism and professional development"],
];
export const GOAL_STATUSES: Options = [["OPEN", "Open"], ["DONE", "Done"]];
export const MATCH_STATUSES: Options = [["ACTIVE", "Active"], ["ENDED", "Ended early"], ["COMPLETED", "Completed"]];
export const WEIGHTS: Options = [
  ["sharedInterest", "Each shared interest"], ["region", "Region as the mentee asked"], ["gender", "Gender as the mentee asked"],
  ["raceEthnicity", "Shared background as the mentee asked"], ["libraryType", "Same library type"], ["experienceGap", "Mentor 3+ years more experienced"],
];
export const DEFAULT_WEIGHTS: Record<string, number> = { sharedInterest: 10, region: 5, gender: 5, raceEthnicity: 5, libraryType: 3, experienceGap: 2 };

export function label(options: Options, value: string | undefined): string {
  return options.find(([v]) => v === value)?.[1] ?? value ?? "";
}
