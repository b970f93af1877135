/**
 * Lists in pages: what a caller asked for ({@code Page.Request}: a limit and an opaque token) and
 * one page of the answer. Repositories, services and the HTTP edge share it; it knows neither.
 */
package example.mentoring.paging;
