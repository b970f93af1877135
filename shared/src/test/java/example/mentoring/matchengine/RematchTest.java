package example.mentoring.matchengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Rematching the mentees left without a match")
class RematchTest {
    private final MatchingEngine engine = new MatchingEngine();

    @Test
    @DisplayName("uses only the places mentors have left, leaves matched mentees alone and never proposes an ended pair again")
    void subProblem() {
        Participant m1 = Applicant.mentor("m1").interests("stem").capacity(2).build();
        Participant m2 = Applicant.mentor("m2").interests("stem").capacity(1).build();
        Participant e1 = Applicant.mentee("e1").build();
        Participant e2 = Applicant.mentee("e2").build();
        Participant ended = Applicant.mentee("e3").interests("stem").build();
        Participant waitListed = Applicant.mentee("e4").priority().build();
        MatchingProblem rematch = MatchingProblem.rematch(List.of(m1, m2), List.of(e1, e2, ended, waitListed),
                Weights.DEFAULT, List.of(new PairId("m1", "e1"), new PairId("m2", "e2")),
                List.of(new PairId("m1", "e3")), List.of(), List.of());

        assertEquals(List.of(m1.withCapacity(1), m2.withCapacity(0)), rematch.mentors());
        assertEquals(List.of(ended, waitListed), rematch.mentees());
        assertEquals(List.of(new PairId("m1", "e3")), rematch.excludedPairs());
        MatchingResult result = engine.run(rematch);
        assertEquals(List.of(new PairId("m1", "e4")), result.proposals().stream()
                .map(p -> new PairId(p.mentorApplicationId(), p.menteeApplicationId())).toList());
        // e3 may not have m1 again and m2 is full: one more place at m2 would take e3.
        assertEquals(List.of(new UnmatchedMentee("e3", UnmatchedMentee.CAPACITY_EXHAUSTED)), result.unmatched());
        MatchingStats stats = result.stats();
        assertEquals(List.of(2, 2, 1, 1, 1, 1, 1), List.of(stats.mentees(), stats.mentors(), stats.mentorSlots(),
                stats.matched(), stats.unmatched(), stats.priorityMatched(), stats.mentorSlotsNeeded()));
    }

    @Test
    @DisplayName("full mentors stay with no place; ended pairs of mentees matched again are dropped; the coordinator's pairs are kept as given")
    void pairsOutsideTheRematch() {
        Participant m1 = Applicant.mentor("m1").capacity(1).build();
        Participant m2 = Applicant.mentor("m2").capacity(2).build();
        Participant e1 = Applicant.mentee("e1").build();
        Participant e2 = Applicant.mentee("e2").build();
        MatchingProblem rematch = MatchingProblem.rematch(List.of(m1, m2), List.of(e1, e2), Weights.DEFAULT,
                List.of(new PairId("m1", "e1")), List.of(new PairId("m1", "e2"), new PairId("m2", "e1"),
                        new PairId("m2", "e2")), List.of(), List.of(new PairId("m2", "e2")));
        assertEquals(List.of(m1.withCapacity(0), m2), rematch.mentors());
        assertEquals(List.of(e2), rematch.mentees());
        assertEquals(List.of(new PairId("m2", "e2"), new PairId("m1", "e2")), rematch.excludedPairs());
    }

    @Test
    @DisplayName("on hundreds of small cohorts with active and ended matches, it is as good as trying every assignment of the whole cohort with the active matches kept")
    void matchesExhaustiveSearchOfTheWholeCohort() {
        MatchingEngine exhaustive = new MatchingEngine(new ExhaustiveSolver());
        int rematched = 0;
        for (int seed = 0; seed < 500; seed++) {
            Random random = new Random(seed);
            MatchingProblem cohort = RandomCohort.withPriorities(random);
            List<PairId> active = new ArrayList<>();
            List<PairId> ended = new ArrayList<>();
            Set<String> activeMentees = new HashSet<>();
            for (Proposal p : engine.run(cohort).proposals()) {
                PairId pair = new PairId(p.mentorApplicationId(), p.menteeApplicationId());
                int roll = random.nextInt(4);
                if (roll < 2) {
                    active.add(pair);
                    activeMentees.add(pair.menteeApplicationId());
                } else if (roll == 2) {
                    ended.add(pair);
                }
            }
            for (Participant mentee : cohort.mentees()) {
                if (!activeMentees.contains(mentee.applicationId()) && random.nextInt(4) == 0) {
                    Participant mentor = cohort.mentors().get(random.nextInt(cohort.mentors().size()));
                    ended.add(new PairId(mentor.applicationId(), mentee.applicationId()));
                }
            }
            MatchingProblem left = MatchingProblem.rematch(cohort.mentors(), cohort.mentees(), cohort.weights(),
                    active, List.of(), List.of(), List.of());
            Set<String> ids = new HashSet<>();
            left.mentors().forEach(p -> ids.add(p.applicationId()));
            left.mentees().forEach(p -> ids.add(p.applicationId()));
            List<PairId> excludedByCoordinator = cohort.excludedPairs().stream()
                    .filter(pair -> ids.contains(pair.mentorApplicationId())
                            && ids.contains(pair.menteeApplicationId())).toList();
            MatchingProblem rematch = MatchingProblem.rematch(cohort.mentors(), cohort.mentees(), cohort.weights(),
                    active, ended, List.of(), excludedByCoordinator);
            MatchingResult result = engine.run(rematch);

            // The same question asked of the whole cohort: active matches locked, ended pairs excluded.
            List<PairId> excluded = new ArrayList<>(excludedByCoordinator);
            ended.stream().filter(pair -> !excluded.contains(pair)).forEach(excluded::add);
            MatchingResult whole = exhaustive.run(new MatchingProblem(cohort.mentors(), cohort.mentees(),
                    cohort.weights(), active, excluded));
            long[] expected = newPairs(whole.proposals(), activeMentees, cohort);
            assertEquals(expected[0], result.stats().matched(), "matched, seed " + seed);
            assertEquals(expected[1], result.stats().priorityMatched(), "priority matched, seed " + seed);
            assertEquals(expected[2], result.stats().totalScore(), "total score, seed " + seed);
            assertEquals(whole.stats().mentorSlotsNeeded(), result.stats().mentorSlotsNeeded(), "seed " + seed);

            Map<String, Integer> load = new HashMap<>();
            active.forEach(pair -> load.merge(pair.mentorApplicationId(), 1, Integer::sum));
            for (Proposal p : result.proposals()) {
                PairId pair = new PairId(p.mentorApplicationId(), p.menteeApplicationId());
                assertFalse(ended.contains(pair), "ended pair proposed again, seed " + seed);
                assertFalse(activeMentees.contains(p.menteeApplicationId()), "matched mentee rematched, seed " + seed);
                load.merge(p.mentorApplicationId(), 1, Integer::sum);
                rematched++;
            }
            for (Participant mentor : cohort.mentors()) {
                assertTrue(load.getOrDefault(mentor.applicationId(), 0) <= mentor.capacity(), "seed " + seed);
            }
        }
        assertTrue(rematched > 300, "only " + rematched + " mentees rematched");
    }

    /** (matched, priority matched, score) of the proposals that are not active matches. */
    private static long[] newPairs(List<Proposal> proposals, Set<String> activeMentees, MatchingProblem cohort) {
        Set<String> priority = new HashSet<>();
        cohort.mentees().stream().filter(Participant::priority).forEach(p -> priority.add(p.applicationId()));
        long[] value = new long[3];
        for (Proposal p : proposals) {
            if (!activeMentees.contains(p.menteeApplicationId())) {
                value[0]++;
                value[1] += priority.contains(p.menteeApplicationId()) ? 1 : 0;
                value[2] += p.score();
            }
        }
        return value;
    }
}
