import { useEffect, useState } from "preact/hooks";

/** The app's own paths, below its base (`/app/`), without the leading slash: `cohorts/fall-2027/apply`. */
export const BASE = import.meta.env.BASE_URL;

export interface Location {
  path: string;
  query: URLSearchParams;
}

function read(): Location {
  const pathname = location.pathname.startsWith(BASE) ? location.pathname.slice(BASE.length) : "";
  return { path: pathname.replace(/\/$/, ""), query: new URLSearchParams(location.search) };
}

const listeners = new Set<(l: Location) => void>();
addEventListener("popstate", () => listeners.forEach((l) => l(read())));

export function href(path: string): string {
  return BASE + path.replace(/^\//, "");
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const url = href(path);
  if (options.replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  const now = read();
  listeners.forEach((l) => l(now));
}

export function useLocation(): Location {
  const [now, set] = useState(read());
  useEffect(() => {
    listeners.add(set);
    return () => void listeners.delete(set);
  }, []);
  return now;
}

/**
 * Matches `cohorts/fall-2027/apply` against `cohorts/:cohortId/apply`; the named segments, decoded,
 * or undefined when the path does not fit.
 */
export function match(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split("/").filter(Boolean);
  const have = path.split("/").filter(Boolean);
  if (want.length !== have.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const h = have[i]!;
    if (w.startsWith(":")) params[w.slice(1)] = decodeURIComponent(h);
    else if (w !== h) return undefined;
  }
  return params;
}

/** Same-origin clicks on app links change the page without a reload (new tab, modifiers: the browser's). */
export function interceptLinks(root: HTMLElement): void {
  root.addEventListener("click", (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element).closest("a");
    if (anchor === null || anchor.target || anchor.hasAttribute("download") || anchor.origin !== location.origin) return;
    if (!anchor.pathname.startsWith(BASE)) return;
    event.preventDefault();
    history.pushState(null, "", anchor.pathname + anchor.search + anchor.hash);
    const now = read();
    listeners.forEach((l) => l(now));
  });
}
