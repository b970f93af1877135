import { useEffect, useState } from "preact/hooks";
import { completeCognitoSignIn, signInKind, signInLocally, signInWithCognito } from "../auth";
import { Checkbox, TextField } from "../components/fields";
import { Notice, Page } from "../components/page";
import { navigate } from "../router";

/**
 * Signing in. Deployed it hands over to Cognito's managed login; on the local host it is a clearly
 * labelled stand-in that mints a token for any address (the local host's `/_local/tokens`).
 */
export function SignInPage({ returnTo }: { returnTo: string }) {
  if (signInKind() === "cognito") {
    return (
      <Page title="Sign in">
        <p>Participants sign in with the email address of their application (the invitation email gave a first password); coordinators with the account an administrator made for them.</p>
        <button type="button" class="primary" onClick={() => void signInWithCognito(returnTo)}>Continue to sign-in</button>
      </Page>
    );
  }
  return <LocalSignIn returnTo={returnTo} />;
}

function LocalSignIn({ returnTo }: { returnTo: string }) {
  const [email, setEmail] = useState("");
  const [coordinator, setCoordinator] = useState(false);
  const [error, setError] = useState<string>();
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!email.includes("@")) {
      setError("Enter an email address, e.g. coordinator@example.org");
      return;
    }
    try {
      await signInLocally(email.trim(), coordinator);
      navigate(returnTo || (coordinator ? "coordinate" : "me"));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Page title="Sign in (local host)">
      <Notice kind="info">
        This is the local host's stand-in for sign-in: it asks no password and issues a token for any address
        through <code>POST /_local/tokens</code>. Deployed, this page hands over to Cognito's managed login.
      </Notice>
      <form class="form narrow" noValidate onSubmit={submit}>
        <TextField pointer="/email" label="Email address" type="email" autocomplete="email" value={email} onInput={setEmail} error={error} />
        <Checkbox pointer="/coordinator" label="Sign in as a coordinator" checked={coordinator} onChange={setCoordinator} />
        <button type="submit" class="primary">Sign in</button>
      </form>
    </Page>
  );
}

/** Where Cognito's managed login sends the browser back with an authorization code. */
export function SignedInPage() {
  const [error, setError] = useState<string>();
  useEffect(() => {
    completeCognitoSignIn().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  return (
    <Page title="Signing in">
      {error ? <Notice kind="error">Sign-in did not complete: {error}</Notice> : <p role="status">Signing you in…</p>}
    </Page>
  );
}
