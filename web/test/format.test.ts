import { expect, it } from "vitest";
import { perMonth, today, withOffset } from "../src/format";

it("counts meetings per month with the quiet months in between as zero", () => {
  expect(perMonth(["2027-11-03", "2028-01-20", "2027-11-28"])).toEqual([
    { month: "2027-11", count: 2 }, { month: "2027-12", count: 0 }, { month: "2028-01", count: 1 },
  ]);
  expect(perMonth([])).toEqual([]);
});

it("gives a datetime-local value the browser's offset, as the API wants instants", () => {
  const value = withOffset("2027-02-24T23:59");
  expect(value).toMatch(/^2027-02-24T23:59:00[+-]\d{2}:\d{2}$/);
  expect(new Date(value).getTime()).toBe(new Date("2027-02-24T23:59").getTime());
});

it("writes today as a calendar day", () => {
  expect(today(new Date(2027, 0, 5))).toBe("2027-01-05");
});
