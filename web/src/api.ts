import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "./generated/api";
import { ApiError, isProblem, type Problem } from "./problems";
import { currentSession, setSession } from "./session";

export type Schemas = components["schemas"];
export type Cohort = Schemas["Cohort"];
export type ApplicationForm = Schemas["ApplicationForm"];
export type Application = Schemas["Application"];
export type MatchingRun = Schemas["MatchingRun"];
export type Weights = Schemas["Weights"];
export type Match = Schemas["Match"];
export type MyMatch = Schemas["MyMatch"];
export type MatchDetails = Schemas["MatchDetails"];
export type Goal = Schemas["Goal"];
export type Meeting = Schemas["Meeting"];
export type MeetingForm = Schemas["MeetingForm"];
export type EngagementReport = Schemas["EngagementReport"];
export type ListedPost = Schemas["ListedPost"];
export type PublishedPost = Schemas["PublishedPost"];
export type EditablePost = Schemas["EditablePost"];
export type PostForm = Schemas["PostForm"];
export type Notification = Schemas["Notification"];
export type CheckIn = Schemas["CheckIn"];
export type CheckInQuestion = Schemas["CheckInQuestion"];
export type CheckInQuestionnaire = Schemas["CheckInQuestionnaire"];
export type CheckInResults = Schemas["CheckInResults"];

let baseUrl = "";

const bearer: Middleware = {
  onRequest({ request }) {
    const session = currentSession();
    if (session !== undefined) request.headers.set("Authorization", `Bearer ${session.token}`);
    return request;
  },
};

function clientAt(url: string) {
  const client = createClient<paths>({ baseUrl: url });
  client.use(bearer);
  return client;
}

/** The typed client: paths, parameters and bodies are checked against openapi.yaml at build time. */
export let api = clientAt("");

/** Points the client at the API (empty: the app's own origin, as on the local host and behind CloudFront). */
export function configureApi(url: string): void {
  baseUrl = url.replace(/\/$/, "");
  api = clientAt(baseUrl);
}

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * What the app reads of an answer: its JSON. Operations that can also answer CSV (`?format=csv` or
 * `Accept: text/csv`, which the app only links to as downloads) are typed `string | {...}`; the app
 * asks for JSON, so the string side is dropped.
 */
export type JsonOf<T> = [Exclude<T, string>] extends [never] ? T : Exclude<T, string>;

/** The data of a successful call, or an {@link ApiError} carrying the problem the API answered. */
export async function ok<T>(call: Promise<Answer<T>>): Promise<JsonOf<NonNullable<T>>> {
  let answer: Answer<T>;
  try {
    answer = await call;
  } catch {
    throw new ApiError({ title: "No connection", status: 0, detail: "The service could not be reached. Nothing was saved." });
  }
  const { data, error, response } = answer;
  if (response.ok && data !== undefined && data !== null) return data as JsonOf<NonNullable<T>>;
  if (response.ok) return {} as JsonOf<NonNullable<T>>;
  if (response.status === 401) setSession(undefined);
  const retryAfter = Number(response.headers.get("Retry-After")) || undefined;
  const problem: Problem = isProblem(error)
    ? error
    : { title: response.status === 401 ? "Unauthorized" : response.statusText || "Error", status: response.status };
  throw new ApiError(problem, retryAfter);
}

/** Absolute URL of an API path, for links (the Atom feed, CSV downloads). */
export function apiHref(path: string): string {
  return baseUrl + path;
}
