import type { AppConfig } from "./config";
import { href, navigate } from "./router";
import { sessionFromToken, setSession } from "./session";

/**
 * Signing in. Deployed: Cognito managed login, authorization code with PKCE through oidc-client-ts
 * (loaded only when someone signs in, so the public pages never download it); the API gets the ID
 * token, which carries email, email_verified and cognito:groups. Locally: the local host's token
 * issuer, behind a page that says plainly it is not a real sign-in.
 */
let config: AppConfig | undefined;

export function configureAuth(appConfig: AppConfig): void {
  config = appConfig;
}

export function signInKind(): AppConfig["signIn"] {
  return config?.signIn ?? "local";
}

async function userManager() {
  const cognito = config?.cognito;
  if (cognito === undefined) throw new Error("config.json names no Cognito user pool");
  const { UserManager, WebStorageStateStore } = await import("oidc-client-ts");
  const redirect = new URL(href("signed-in"), location.origin).toString();
  return new UserManager({
    authority: cognito.authority,
    client_id: cognito.clientId,
    redirect_uri: redirect,
    post_logout_redirect_uri: new URL(href(""), location.origin).toString(),
    response_type: "code",
    scope: "openid email profile",
    userStore: new WebStorageStateStore({ store: sessionStorage }),
    // The session is the ID token's lifetime; silent renewal would need a frame the CSP forbids.
    automaticSilentRenew: false,
    // Cognito's discovery document has no end_session_endpoint; its logout lives on the login domain.
    metadataSeed: {
      end_session_endpoint: `${cognito.domain}/logout?client_id=${encodeURIComponent(cognito.clientId)}&logout_uri=${encodeURIComponent(new URL(href(""), location.origin).toString())}`,
    },
  });
}

export async function signInWithCognito(returnTo: string): Promise<void> {
  const manager = await userManager();
  await manager.signinRedirect({ state: returnTo });
}

/** The managed login sent the browser back with a code: exchange it (PKCE) and keep the ID token. */
export async function completeCognitoSignIn(): Promise<void> {
  const manager = await userManager();
  const user = await manager.signinRedirectCallback();
  if (!user.id_token) throw new Error("no ID token");
  setSession(sessionFromToken(user.id_token));
  navigate(typeof user.state === "string" ? user.state : "", { replace: true });
}

/** Local host only: `POST /_local/tokens` mints a token the local host accepts as API Gateway would. */
export async function signInLocally(email: string, coordinator: boolean): Promise<void> {
  const response = await fetch(`${config?.apiUrl ?? ""}/_local/tokens`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, groups: coordinator ? ["coordinators"] : [] }),
  });
  if (!response.ok) throw new Error(`The local token issuer answered ${response.status}`);
  const { token } = (await response.json()) as { token: string };
  setSession(sessionFromToken(token));
}

export async function signOut(): Promise<void> {
  setSession(undefined);
  if (signInKind() === "cognito") {
    const manager = await userManager();
    await manager.removeUser();
    await manager.signoutRedirect();
  } else {
    navigate("");
  }
}
