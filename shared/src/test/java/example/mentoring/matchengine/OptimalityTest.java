package example.mentoring.matchengine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The engine finds the best possible matching")
class OptimalityTest {

    @Test
    @DisplayName("on hundreds of small cohorts, it matches as many mentees as trying every assignment, with the same best score")
    void matchesExhaustiveSearch() {
        MatchingEngine exhaustive = new MatchingEngine(new ExhaustiveSolver());
        MatchingEngine engine = new MatchingEngine();
        // One candidate per mentee and none per mentor: the sparse graph is almost always wrong at first, so this
        // exercises the certificate-and-repair loop.
        MatchingEngine starved = new MatchingEngine(new CertifiedFlowSolver(1, 0));
        for (int seed = 0; seed < 600; seed++) {
            MatchingProblem problem = RandomCohort.small(new Random(seed));
            MatchingStats expected = exhaustive.run(problem).stats();
            for (MatchingEngine candidate : new MatchingEngine[] {engine, starved}) {
                MatchingStats actual = candidate.run(problem).stats();
                assertEquals(expected.matched(), actual.matched(), "matched, seed " + seed);
                assertEquals(expected.totalScore(), actual.totalScore(), "total score, seed " + seed);
                assertEquals(expected.mentorSlotsNeeded(), actual.mentorSlotsNeeded(), "slots needed, seed " + seed);
            }
        }
    }

    @Test
    @DisplayName("on mid-size cohorts, a starved candidate graph repaired by the dual check ends where the full graph does")
    void sparseEqualsDense() {
        for (int seed = 0; seed < 40; seed++) {
            Random random = new Random(1000 + seed);
            MatchingProblem problem = RandomCohort.problem(random, 10 + random.nextInt(30), 20 + random.nextInt(80));
            MatchingStats dense = new MatchingEngine(new CertifiedFlowSolver(10_000, 10_000)).run(problem).stats();
            for (CertifiedFlowSolver sparse : new CertifiedFlowSolver[] {new CertifiedFlowSolver(1, 0),
                    new CertifiedFlowSolver(3, 1), new CertifiedFlowSolver()}) {
                MatchingStats stats = new MatchingEngine(sparse).run(problem).stats();
                assertEquals(dense.matched(), stats.matched(), "matched, seed " + seed);
                assertEquals(dense.totalScore(), stats.totalScore(), "total score, seed " + seed);
            }
        }
    }
}
