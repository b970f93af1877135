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
