/**
 * Posts of the mentoring program's newsletter and blog: Markdown rendered to sanitized HTML,
 * URL slugs, plain-text summaries, the Atom feed and ETags for public reads.
 *
 * <p>Everything here is pure: no I/O, no clock (instants are parameters), no AWS, so the same
 * code runs in Lambda handlers and in plain unit tests.
 */
package example.mentoring.post;
