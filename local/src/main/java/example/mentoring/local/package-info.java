/**
 * The local host: the template's HTTP API on localhost:3000 invoking the real handler classes with
 * real payload 2.0 events, a JWT check like the authorizer's, due schedules and stream-woken
 * functions run in-process, and the local-only token and email routes. Never deployed.
 */
package example.mentoring.local;
