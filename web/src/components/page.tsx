import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { describe } from "../problems";

/** A screen: its title becomes the document's, and its heading takes focus when the screen opens. */
export function Page({ title, children, lead }: { title: string; children: ComponentChildren; lead?: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Mentoring program`;
    heading.current?.focus({ preventScroll: false });
  }, [title]);
  return (
    <>
      <h1 tabIndex={-1} ref={heading}>{title}</h1>
      {lead && <p class="lead">{lead}</p>}
      {children}
    </>
  );
}

export type Loaded<T> = { state: "loading" } | { state: "failed"; message: string } | { state: "ready"; value: T };

/** Loads once per change of `keys`; `reload` runs it again. */
export function useLoad<T>(load: () => Promise<T>, keys: unknown[]): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: "loading" });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setLoaded({ state: "ready", value }),
      (error: unknown) => live && setLoaded({ state: "failed", message: describe(error) }),
    );
    return () => { live = false; };
  }, [...keys, round]);
  return [loaded, () => setRound((r) => r + 1)];
}

/** What a load shows until it is ready. */
export function Pending({ loaded }: { loaded: Loaded<unknown> }) {
  if (loaded.state === "loading") return <p role="status" class="status">Loading…</p>;
  if (loaded.state === "failed") return <p role="alert" class="notice error">{loaded.message}</p>;
  return null;
}

/** A polite announcement of what just happened (saved, sent, confirmed). */
export function Notice({ kind = "success", children }: { kind?: "success" | "error" | "info"; children: ComponentChildren }) {
  return <div class={`notice ${kind}`} role={kind === "error" ? "alert" : "status"}>{children}</div>;
}

export function Coming({ what }: { what: string }) {
  return <span class="badge coming">coming with {what}</span>;
}
