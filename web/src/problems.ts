/**
 * RFC 9457 problems as the API answers them, and what a form needs from them: the message for each
 * field (by JSON pointer), and the rest for a summary at the top of the form.
 */
export interface FieldProblem {
  field: string;
  message: string;
}

export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldProblem[];
}

/** A failed call: the problem the API answered, or one made up for a network failure or a non-problem body. */
export class ApiError extends Error {
  constructor(readonly problem: Problem, readonly retryAfterSeconds?: number) {
    super(problem.detail ?? problem.title);
    this.name = "ApiError";
  }

  /** The problem's slug: the last segment of its type (e.g. `duplicate-application`). */
  get slug(): string | undefined {
    return this.problem.type?.split("/").pop();
  }
}

export function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && typeof (value as Problem).status === "number"
    && typeof (value as Problem).title === "string";
}

/**
 * Splits a problem's field errors between the fields a form shows and the rest. A pointer belongs
 * to a shown field when it is that field or lies under it (`/interests/2` → `/interests`); several
 * messages for one field are joined.
 */
export function fieldErrors(problem: Problem | undefined, shownFields: readonly string[]): {
  byField: Map<string, string>;
  unplaced: FieldProblem[];
} {
  const byField = new Map<string, string>();
  const unplaced: FieldProblem[] = [];
  const fields = [...shownFields].sort((a, b) => b.length - a.length);
  for (const error of problem?.errors ?? []) {
    const field = fields.find((f) => error.field === f || error.field.startsWith(f + "/"));
    if (field === undefined) {
      unplaced.push(error);
      continue;
    }
    const previous = byField.get(field);
    byField.set(field, previous === undefined ? error.message : `${previous}; ${error.message}`);
  }
  return { byField, unplaced };
}

/** The id of the input that shows a field's value: `/preferences/region` → `f-preferences-region`. */
export function inputId(pointer: string): string {
  return "f" + pointer.replace(/[^A-Za-z0-9]+/g, "-");
}

/** What to tell a person about a failed call, in one sentence. */
export function describe(error: unknown): string {
  if (error instanceof ApiError) {
    const { problem } = error;
    if (problem.status === 401) return "Please sign in again: your session has ended.";
    if (problem.status === 429 || problem.status === 503) {
      const wait = error.retryAfterSeconds ? ` in ${error.retryAfterSeconds} seconds` : " in a moment";
      return `The service is busy. Nothing was saved; please try again${wait}.`;
    }
    return problem.detail ? `${problem.title}: ${problem.detail}` : problem.title;
  }
  return "Something went wrong on our side; please try again.";
}
