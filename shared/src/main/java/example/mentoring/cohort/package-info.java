/**
 * Cohorts: one intake of the program, its status derived from time and actions, created with a
 * schedule that closes it at the deadline, closed idempotently by that schedule, a sweep or a
 * coordinator.
 */
package example.mentoring.cohort;
