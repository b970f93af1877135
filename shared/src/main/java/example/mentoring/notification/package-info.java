/**
 * Notifications that are never lost: the outbox entry is written in the same transaction as the
 * change that causes it, and the sender delivers it through SES with retries and back-off, so an
 * SES failure or a crash between "saved" and "sent" loses nothing.
 */
package example.mentoring.notification;
