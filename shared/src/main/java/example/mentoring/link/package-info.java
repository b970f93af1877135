/**
 * Signed links that work without a login (unsubscribe, email confirmation): a token names an
 * opaque id, never an email address, the key that signed it and when it expires. The keys live in
 * Secrets Manager and are read through the SDK, never from a function's environment.
 */
package example.mentoring.link;
