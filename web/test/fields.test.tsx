import { render } from "preact";
import { expect, it } from "vitest";
import { ErrorSummary, TextField } from "../src/components/fields";

it("labels a field visibly and ties its error to it for screen readers", () => {
  const root = document.createElement("div");
  render(<TextField pointer="/email" label="Email address" value="x" onInput={() => {}} hint="We send a link." error="must be an email address" />, root);
  const input = root.querySelector("input")!;
  expect(root.querySelector(`label[for="${input.id}"]`)?.textContent).toBe("Email address");
  expect(input.getAttribute("aria-invalid")).toBe("true");
  const described = input.getAttribute("aria-describedby")!.split(" ").map((id) => root.querySelector(`#${id}`)?.textContent);
  expect(described).toEqual(["We send a link.", "Error: must be an email address"]);
});

it("links each error of the summary to its field and announces it", () => {
  const root = document.createElement("div");
  render(<ErrorSummary title="Please correct these" placed={new Map([["/name", "must not be blank"]])} unplaced={[]} labels={{ "/name": "Full name" }} />, root);
  expect(root.querySelector("[role=alert]")).not.toBeNull();
  const link = root.querySelector("a")!;
  expect(link.getAttribute("href")).toBe("#f-name");
  expect(link.textContent).toBe("Full name: must not be blank");
});
