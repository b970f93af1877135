import { useEffect, useState } from "preact/hooks";

/**
 * Who is signed in, read from the ID token the API will verify (the app only reads it to choose
 * what to show; the API decides what the caller may do).
 */
export interface Session {
  token: string;
  email: string;
  emailVerified: boolean;
  coordinator: boolean;
  /** Epoch milliseconds. */
  expiresAt: number;
}

const STORAGE_KEY = "mentoring.session";

/** The session a JWT describes; groups as Cognito puts them in an ID token (`cognito:groups`, an array). */
export function sessionFromToken(token: string): Session {
  const payload = token.split(".")[1];
  if (payload === undefined) throw new Error("not a JWT");
  const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(payload.length / 4) * 4, "="));
  const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Record<string, unknown>;
  const groups = Array.isArray(claims["cognito:groups"]) ? (claims["cognito:groups"] as unknown[]) : [];
  return {
    token,
    email: typeof claims.email === "string" ? claims.email : "",
    emailVerified: claims.email_verified === true || claims.email_verified === "true",
    coordinator: groups.some((g) => g === "coordinators"),
    expiresAt: typeof claims.exp === "number" ? claims.exp * 1000 : 0,
  };
}

type Listener = (session: Session | undefined) => void;
const listeners = new Set<Listener>();
let current: Session | undefined = restore();

function restore(): Session | undefined {
  try {
    const token = sessionStorage.getItem(STORAGE_KEY);
    if (token === null) return undefined;
    const session = sessionFromToken(token);
    return session.expiresAt > Date.now() ? session : undefined;
  } catch {
    return undefined;
  }
}

export function currentSession(): Session | undefined {
  if (current !== undefined && current.expiresAt <= Date.now()) setSession(undefined);
  return current;
}

export function setSession(session: Session | undefined): void {
  current = session;
  if (session === undefined) sessionStorage.removeItem(STORAGE_KEY);
  else sessionStorage.setItem(STORAGE_KEY, session.token);
  listeners.forEach((listener) => listener(session));
}

export function useSession(): Session | undefined {
  const [session, set] = useState(currentSession());
  useEffect(() => {
    listeners.add(set);
    return () => void listeners.delete(set);
  }, []);
  return session;
}
