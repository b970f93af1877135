/**
 * The matching feature (its engine, the pure algorithm, is {@code example.mentoring.matchengine}).
 * Matching runs and matches: a run is a stored record of one solve (its input snapshot, weights,
 * solver, proposals, unmatched mentees and stats); confirming a run turns it into matches and
 * writes every introduction and wait-list email into the outbox in the same transactions.
 */
package example.mentoring.match;
