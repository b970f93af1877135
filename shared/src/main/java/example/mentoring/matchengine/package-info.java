/**
 * The match engine: optimal mentor/mentee matching as a pure algorithm. The feature that runs it
 * on a cohort, stores runs and confirms matches is {@code example.mentoring.match}.
 *
 * <p>This package depends on the JDK only (no AWS SDK, JSON library or clock): the matching is a pure
 * function of its input, so it can be unit-tested exhaustively, benchmarked against an external
 * solver, and reused from any backend adapter without dragging infrastructure into the algorithm.
 *
 * <p>Entry point: {@link example.mentoring.matchengine.MatchingEngine#run(MatchingProblem)}.
 */
package example.mentoring.matchengine;
