/**
 * The emails the mentoring program sends, each with a subject, a plain-text body and an HTML body
 * rendered from Mustache templates under {@code src/main/resources/email/}.
 *
 * <p>All wording lives in the templates; Java only validates the data and shapes it for them.
 * The message records deliberately carry no demographic data, so no template can ever show it.
 * Sending (SES, sender display name, addresses) happens elsewhere.
 */
package example.mentoring.notification.email;
