import { expect, it } from "vitest";
import { cohortDate, cohortTime, perMonth, today, wallTimeIn, withOffset } from "../src/format";

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

it("writes a cohort's times in its zone as the program's emails do, CST in winter and CDT in summer", () => {
  expect(cohortTime("2017-02-24T23:59:59-06:00", "America/Chicago")).toBe("Friday, February 24, 2017, 11:59 PM CST");
  expect(cohortTime("2027-03-14T07:59:00Z", "America/Chicago")).toBe("Sunday, March 14, 2027, 1:59 AM CST");
  expect(cohortTime("2027-03-14T08:00:00Z", "America/Chicago")).toBe("Sunday, March 14, 2027, 3:00 AM CDT");
  expect(cohortTime("2027-11-07T07:00:00Z", "America/Chicago")).toBe("Sunday, November 7, 2027, 1:00 AM CST");
  expect(cohortTime("2027-03-01T05:30:00Z", "America/Los_Angeles")).toBe("Sunday, February 28, 2027, 9:30 PM PST");
  expect(cohortTime("2027-03-01T05:30:00Z", undefined)).toBe("Sunday, February 28, 2027, 11:30 PM CST");
  expect(cohortDate("2017-03-15")).toBe("Wednesday, March 15, 2017");
});

it("reads a datetime-local value as a wall-clock time in the cohort's zone, either side of a daylight saving change", () => {
  expect(wallTimeIn("2027-02-24T23:59", "America/Chicago")).toBe("2027-02-24T23:59:00-06:00");
  expect(wallTimeIn("2027-07-04T12:00", "America/Chicago")).toBe("2027-07-04T12:00:00-05:00");
  expect(wallTimeIn("2027-03-14T03:30", "America/Chicago")).toBe("2027-03-14T03:30:00-05:00");
  expect(wallTimeIn("2027-03-13T23:00", "America/Chicago")).toBe("2027-03-13T23:00:00-06:00");
  expect(wallTimeIn("2027-02-24T23:59", "UTC")).toBe("2027-02-24T23:59:00+00:00");
  expect(wallTimeIn("2027-02-24T23:59", "America/St_Johns")).toBe("2027-02-24T23:59:00-03:30");
});
