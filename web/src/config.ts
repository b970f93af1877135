/**
 * Where the app finds its API and how people sign in: `/app/config.json`, written by the local host
 * (sign-in through its token issuer) or by bin/deploy-web from the stack's outputs (Cognito).
 */
export interface CognitoConfig {
  /** The user pool's issuer, `https://cognito-idp.<region>.amazonaws.com/<poolId>`. */
  authority: string;
  clientId: string;
  /** The managed login domain, `https://<prefix>.auth.<region>.amazoncognito.com`. */
  domain: string;
}

export interface AppConfig {
  /** The API's base URL; empty when it shares the app's origin (local host, CloudFront). */
  apiUrl: string;
  signIn: "local" | "cognito";
  cognito?: CognitoConfig;
}

export async function loadConfig(): Promise<AppConfig> {
  const response = await fetch(`${import.meta.env.BASE_URL}config.json`, { cache: "no-store" });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  const config = (await response.json()) as AppConfig;
  return { apiUrl: config.apiUrl ?? "", signIn: config.signIn, cognito: config.cognito };
}
