/**
 * The domain's own words for a request it does not carry out: a {@link example.mentoring.outcome.Refusal}
 * (not found, conflict, invalid, forbidden, unauthenticated, malformed, too large, try again).
 * Services and repositories throw them; they know nothing of HTTP. Each feature names its own
 * refusals ({@code CohortNotFound}, {@code CohortNotOpen}, {@code DuplicateApplication}, ...) as
 * subclasses of these kinds. The HTTP edge maps them to problem+json in one place
 * ({@code http.Problems}); a schedule-driven function catches the one it expects by its type.
 */
package example.mentoring.outcome;
