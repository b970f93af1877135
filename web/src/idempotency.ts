/**
 * One Idempotency-Key per form submission: the same body sent again (a double click, a retry after
 * the network dropped) goes with the same key, so the API creates it once; a changed body (a field
 * fixed after a 422) is a new request and gets a new key, since the API refuses a key reused with
 * another body.
 */
export class FormKey {
  private key: string | undefined;
  private body: string | undefined;

  constructor(private readonly mint: () => string = () => crypto.randomUUID()) {}

  /** The key to send with this serialized body. */
  for(body: string): string {
    if (this.key === undefined || this.body !== body) {
      this.key = this.mint();
      this.body = body;
    }
    return this.key;
  }
}
