/**
 * Idempotency-Key handling for POSTs that create: the first response is kept for 24 hours and a
 * retry with the same key and body gets it back instead of creating anything again.
 */
package example.mentoring.idempotency;
