import { expect, it } from "vitest";
import { FormKey } from "../src/idempotency";

let n = 0;
const keys = () => new FormKey(() => `key-${++n}`);

it("sends the same body twice (a double click, a retry) with one key, so the API creates it once", () => {
  const form = keys();
  expect(form.for('{"name":"A"}')).toBe(form.for('{"name":"A"}'));
});

it("gives a changed body (a field fixed after a 422) a new key, since a key is bound to its body", () => {
  const form = keys();
  const first = form.for('{"name":""}');
  const fixed = form.for('{"name":"A"}');
  expect(fixed).not.toBe(first);
  expect(form.for('{"name":"A"}')).toBe(fixed);
});

it("mints real keys within the API's limit of 128 visible ASCII characters", () => {
  const key = new FormKey().for("{}");
  expect(key).toMatch(/^[\x21-\x7E]{1,128}$/);
});
