/**
 * The HTTP edge shared by every handler: the request view, the caller from the JWT claims, the one
 * problem+json mapping, the one validation mechanism and the one JSON configuration.
 */
package example.mentoring.http;
