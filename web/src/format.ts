/** The zone of a cohort that names none (the stack's ProgramTimeZone default). */
export const PROGRAM_TIME_ZONE = "America/Chicago";

/** Time zones a coordinator picks a cohort's from: the program's North American ones first. */
export const TIME_ZONES: ReadonlyArray<readonly [string, string]> = [
  ["America/New_York", "Eastern (New York)"], ["America/Chicago", "Central (Chicago)"], ["America/Denver", "Mountain (Denver)"],
  ["America/Phoenix", "Mountain, no daylight saving (Phoenix)"], ["America/Los_Angeles", "Pacific (Los Angeles)"],
  ["America/Anchorage", "Alaska (Anchorage)"], ["Pacific/Honolulu", "Hawaii (Honolulu)"], ["America/Puerto_Rico", "Atlantic (Puerto Rico)"],
  ["America/Halifax", "Atlantic (Halifax)"], ["America/St_Johns", "Newfoundland (St. John's)"], ["Europe/London", "London"], ["UTC", "UTC"],
];

function parts(at: Date, options: Intl.DateTimeFormatOptions): Record<string, string> {
  const found: Record<string, string> = {};
  for (const part of new Intl.DateTimeFormat("en-US", options).formatToParts(at)) found[part.type] = part.value;
  return found;
}

/**
 * An instant in a cohort's time zone, the way the program writes times in its emails (the
 * backend's ReadableTime): "Friday, February 24, 2017, 11:59 PM CST". The abbreviation follows
 * daylight saving time; a zone without one shows its offset ("GMT+1").
 */
export function cohortTime(iso: string | undefined, timeZone: string | undefined): string {
  if (!iso) return "";
  const p = parts(new Date(iso), {
    timeZone: timeZone || PROGRAM_TIME_ZONE, weekday: "long", year: "numeric", month: "long", day: "numeric",
    hour: "numeric", minute: "2-digit", hour12: true, timeZoneName: "short",
  });
  return `${p.weekday}, ${p.month} ${p.day}, ${p.year}, ${p.hour}:${p.minute} ${(p.dayPeriod ?? "").toUpperCase()} ${p.timeZoneName}`;
}

/** A calendar day as the program writes it: "Wednesday, March 15, 2017" (no zone moves a day). */
export function cohortDate(isoDate: string | undefined): string {
  if (!isoDate) return "";
  const p = parts(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`), { timeZone: "UTC", weekday: "long", year: "numeric", month: "long", day: "numeric" });
  return `${p.weekday}, ${p.month} ${p.day}, ${p.year}`;
}

/** The zone's offset from UTC at an instant, in minutes (Chicago in winter: -360). */
function offsetMinutes(at: number, timeZone: string): number {
  const name = parts(new Date(at), { timeZone, timeZoneName: "longOffset" }).timeZoneName ?? "GMT";
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/**
 * A `datetime-local` value read as a wall-clock time in `timeZone` (the cohort's, not the
 * browser's), as an ISO instant with that zone's offset then: "2027-02-24T23:59" in Chicago is
 * "2027-02-24T23:59:00-06:00".
 */
export function wallTimeIn(local: string, timeZone: string): string {
  const [day, time = "00:00"] = local.split("T") as [string, string?];
  const [y, mo, d] = day.split("-").map(Number) as [number, number, number];
  const [h, mi] = time.split(":").map(Number) as [number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  let offset = offsetMinutes(asUtc, timeZone);
  offset = offsetMinutes(asUtc - offset * 60_000, timeZone);
  const sign = offset >= 0 ? "+" : "-";
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${day}T${pad(h)}:${pad(mi)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Dates and times as people read them, in their own time zone and language. */
export function dateTime(iso: string | undefined): string {
  if (!iso) return "";
  return new Intl.DateTimeFormat(undefined, { dateStyle: "full", timeStyle: "short" }).format(new Date(iso));
}

export function date(isoDate: string | undefined): string {
  if (!isoDate) return "";
  // A date without a time is a calendar day: read it at noon UTC so no time zone moves it.
  const at = isoDate.length === 10 ? `${isoDate}T12:00:00Z` : isoDate;
  return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: isoDate.length === 10 ? "UTC" : undefined }).format(new Date(at));
}

/** Today as `YYYY-MM-DD` in the browser's zone. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A `datetime-local` value (no zone) as an ISO instant with the browser's offset, as the API wants. */
export function withOffset(local: string, at = new Date(local)): string {
  const minutes = -at.getTimezoneOffset();
  const sign = minutes >= 0 ? "+" : "-";
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, "0");
  const seconds = local.length === 16 ? ":00" : "";
  return `${local}${seconds}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Counts meetings per calendar month, every month from the first to the last present (gaps as 0). */
export function perMonth(days: string[]): Array<{ month: string; count: number }> {
  if (days.length === 0) return [];
  const counts = new Map<string, number>();
  for (const day of days) counts.set(day.slice(0, 7), (counts.get(day.slice(0, 7)) ?? 0) + 1);
  const months = [...counts.keys()].sort();
  const result: Array<{ month: string; count: number }> = [];
  let [year, month] = months[0]!.split("-").map(Number) as [number, number];
  const last = months[months.length - 1]!;
  for (;;) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    result.push({ month: key, count: counts.get(key) ?? 0 });
    if (key === last) break;
    month++;
    if (month > 12) { month = 1; year++; }
  }
  return result;
}
