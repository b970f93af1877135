import { describe as suite, expect, it } from "vitest";
import { ApiError, describe, fieldErrors, inputId } from "../src/problems";

suite("a 422's JSON pointers placed beside the form's fields", () => {
  const problem = {
    title: "Validation failed", status: 422,
    errors: [
      { field: "/interests/2", message: "unknown interest" },
      { field: "/interests", message: "at most 5" },
      { field: "/preferences/region", message: "must be SAME, DIFFERENT or ANY" },
      { field: "/nickname", message: "unknown field" },
    ],
  };

  it("puts an item's error on its list, joins several, keeps nested fields apart and lists the rest", () => {
    const { byField, unplaced } = fieldErrors(problem, ["/interests", "/preferences/region", "/preferences"]);
    expect(byField.get("/interests")).toBe("unknown interest; at most 5");
    expect(byField.get("/preferences/region")).toBe("must be SAME, DIFFERENT or ANY");
    expect(byField.has("/preferences")).toBe(false);
    expect(unplaced).toEqual([{ field: "/nickname", message: "unknown field" }]);
  });

  it("gives no errors for no problem", () => {
    expect(fieldErrors(undefined, ["/name"]).byField.size).toBe(0);
  });

  it("names inputs after their pointer so the summary can link to them", () => {
    expect(inputId("/preferences/region")).toBe("f-preferences-region");
  });
});

suite("what a person reads when a call fails", () => {
  it("says busy, nothing saved, and when to try again for 503 try-again", () => {
    expect(describe(new ApiError({ title: "Try again", status: 503 }, 3))).toBe("The service is busy. Nothing was saved; please try again in 3 seconds.");
  });

  it("asks to sign in again on 401", () => {
    expect(describe(new ApiError({ title: "Unauthorized", status: 401 }))).toMatch(/sign in again/);
  });

  it("gives the problem's title and detail, and its slug to code", () => {
    const error = new ApiError({ type: "https://mentoring.example/problems/duplicate-application", title: "Duplicate application", status: 409, detail: "You applied already." });
    expect(describe(error)).toBe("Duplicate application: You applied already.");
    expect(error.slug).toBe("duplicate-application");
  });
});
