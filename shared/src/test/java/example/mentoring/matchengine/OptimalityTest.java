package example.mentoring.matchengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    @DisplayName("with priority mentees, locked and excluded pairs and capacities 1-3, it matches trying every assignment on matched, priority mentees matched and score, and the priority tier often decides")
    void priorityTierMatchesExhaustiveSearch() {
        MatchingEngine exhaustive = new MatchingEngine(new ExhaustiveSolver());
        MatchingEngine[] engines = {new MatchingEngine(), new MatchingEngine(new CertifiedFlowSolver(1, 0))};
        int scoreGivenUpForPriority = 0;
        for (int seed = 0; seed < 800; seed++) {
            MatchingProblem problem = RandomCohort.withPriorities(new Random(seed));
            MatchingStats expected = exhaustive.run(problem).stats();
            for (MatchingEngine engine : engines) {
                MatchingResult result = engine.run(problem);
                MatchingStats actual = result.stats();
                assertEquals(expected.matched(), actual.matched(), "matched, seed " + seed);
                assertEquals(expected.priorityMatched(), actual.priorityMatched(), "priority matched, seed " + seed);
                assertEquals(expected.totalScore(), actual.totalScore(), "total score, seed " + seed);
                assertEquals(expected.mentorSlotsNeeded(), actual.mentorSlotsNeeded(), "slots needed, seed " + seed);
                for (PairId locked : problem.lockedPairs()) {
                    assertTrue(result.proposals().stream().anyMatch(p -> p.mentorApplicationId()
                            .equals(locked.mentorApplicationId()) && p.menteeApplicationId()
                            .equals(locked.menteeApplicationId())), "locked pair kept, seed " + seed);
                }
            }
            MatchingStats scoreOnly = exhaustive.run(RandomCohort.withoutPriorities(problem)).stats();
            assertEquals(scoreOnly.matched(), expected.matched(), "priority never costs a match, seed " + seed);
            if (scoreOnly.totalScore() > expected.totalScore()) {
                scoreGivenUpForPriority++;
            }
        }
        // Instances where the best score and the most priority mentees cannot both be had: the tier is tested.
        assertTrue(scoreGivenUpForPriority >= 40, "only " + scoreGivenUpForPriority + " instances where priority decides");
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

    @Test
    @DisplayName("on mid-size cohorts with priority mentees and few mentor places, a starved candidate graph ends where the full graph does")
    void sparseEqualsDenseWithPriorities() {
        for (int seed = 0; seed < 30; seed++) {
            Random random = new Random(2000 + seed);
            MatchingProblem plain = RandomCohort.problem(random, 5 + random.nextInt(20), 20 + random.nextInt(80));
            MatchingProblem problem = new MatchingProblem(plain.mentors(), plain.mentees().stream()
                    .map(p -> random.nextInt(4) == 0 ? RandomCohort.prioritized(p) : p).toList(), plain.weights(),
                    plain.lockedPairs(), plain.excludedPairs());
            MatchingStats dense = new MatchingEngine(new CertifiedFlowSolver(10_000, 10_000)).run(problem).stats();
            for (CertifiedFlowSolver sparse : new CertifiedFlowSolver[] {new CertifiedFlowSolver(1, 0),
                    new CertifiedFlowSolver(3, 1), new CertifiedFlowSolver()}) {
                MatchingStats stats = new MatchingEngine(sparse).run(problem).stats();
                assertEquals(dense.matched(), stats.matched(), "matched, seed " + seed);
                assertEquals(dense.priorityMatched(), stats.priorityMatched(), "priority matched, seed " + seed);
                assertEquals(dense.totalScore(), stats.totalScore(), "total score, seed " + seed);
            }
        }
    }
}
