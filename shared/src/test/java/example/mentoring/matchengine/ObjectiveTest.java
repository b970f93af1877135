package example.mentoring.matchengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The weights of the objective")
class ObjectiveTest {

    @Test
    @DisplayName("without priority mentees, one match weighs n*s+1, as before priorities existed")
    void unchangedWithoutPriority() {
        MatchingInstance instance = DualCertificateTest.instance(problem(3, 0, Weights.DEFAULT));
        long allScores = 3L * instance.maxPairScore();
        Objective objective = Objective.of(instance);
        for (int i = 0; i < 3; i++) {
            assertEquals(allScores + 1, objective.base(i));
        }
    }

    @Test
    @DisplayName("a priority mentee's match weighs more than every score together; any match more than all priority bonuses and scores")
    void tiers() {
        MatchingInstance instance = DualCertificateTest.instance(problem(5, 2, Weights.DEFAULT));
        long allScores = 5L * instance.maxPairScore();
        Objective objective = Objective.of(instance);
        long plain = objective.base(4);
        long priority = objective.base(0);
        long perPriority = priority - plain;
        assertTrue(perPriority > allScores);
        assertTrue(plain > 2 * perPriority + allScores);
        assertEquals(plain + 7, objective.weight(4, 7));
    }

    @Test
    @DisplayName("weights too large to compare exactly are refused instead of overflowing; the same cohort without priorities fits")
    void refusesOverflow() {
        Weights huge = new Weights(100_000_000, 100_000_000, 100_000_000, 100_000_000, 100_000_000, 100_000_000);
        MatchingEngine engine = new MatchingEngine();
        InvalidMatchingProblem refused = assertThrows(InvalidMatchingProblem.class,
                () -> engine.run(problem(1000, 1000, huge)));
        assertTrue(refused.getMessage().contains("lower the weights"), refused.getMessage());
        assertEquals(1, engine.run(problem(1000, 0, huge)).stats().matched());
    }

    /** One mentor; {@code mentees} mentees sharing one interest with it, the first {@code priority} of them priority. */
    private static MatchingProblem problem(int mentees, int priority, Weights weights) {
        List<Participant> list = new ArrayList<>();
        for (int e = 0; e < mentees; e++) {
            Applicant mentee = Applicant.mentee(String.format("e%04d", e)).interests("stem");
            list.add((e < priority ? mentee.priority() : mentee).build());
        }
        Participant mentor = Applicant.mentor("m1").interests("stem").build();
        return new MatchingProblem(List.of(mentor), list, weights, List.of(), List.of());
    }
}
