package example.mentoring.matchengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Running a matching round")
class MatchingEngineTest {
    private final MatchingEngine engine = new MatchingEngine();

    private static MatchingProblem problem(List<Participant> mentors, List<Participant> mentees, List<PairId> locked,
                                           List<PairId> excluded) {
        return new MatchingProblem(mentors, mentees, Weights.DEFAULT, locked, excluded);
    }

    @Test
    @DisplayName("a mentor shares interests with one mentee: they are proposed together with the reasons")
    void simpleProposal() {
        Participant mentor = Applicant.mentor("m1").interests("stem").build();
        Participant fan = Applicant.mentee("e1").interests("stem").libraryType("ACADEMIC").build();
        Participant other = Applicant.mentee("e2").interests("grants").libraryType("ACADEMIC").build();
        MatchingResult result = engine.run(new MatchingProblem(List.of(mentor), List.of(other, fan)));
        assertEquals(List.of(new Proposal("m1", "e1", 10, List.of("1 shared interest: stem (+10)"))),
                result.proposals());
        assertEquals(List.of(new UnmatchedMentee("e2", UnmatchedMentee.CAPACITY_EXHAUSTED)), result.unmatched());
        assertEquals(new MatchingStats(2, 1, 1, 1, 1, 10, 1), result.stats());
        assertEquals("sparse-ssp-dual-certified", result.solverName());
    }

    @Test
    @DisplayName("more mentees matched beats a higher score for fewer of them")
    void cardinalityFirst() {
        // m1 is the dream mentor of both; e2 can only have m1, so e1 must settle for the modest m2.
        Participant m1 = Applicant.mentor("m1").interests("a", "b", "c").build();
        Participant m2 = Applicant.mentor("m2").build();
        Participant e1 = Applicant.mentee("e1").interests("a", "b", "c").build();
        Participant e2 = Applicant.mentee("e2").institution("Institution of m2").build();
        MatchingResult result = engine.run(new MatchingProblem(List.of(m1, m2), List.of(e1, e2)));
        assertEquals(2, result.stats().matched());
        assertEquals("m2", result.proposals().get(0).mentorApplicationId());
        assertEquals("m1", result.proposals().get(1).mentorApplicationId());
    }

    @Test
    @DisplayName("a locked pair is kept even when it is not the best, and uses up the mentor's capacity")
    void lockedPairsKept() {
        Participant m1 = Applicant.mentor("m1").interests("stem").capacity(1).build();
        Participant m2 = Applicant.mentor("m2").capacity(1).build();
        Participant e1 = Applicant.mentee("e1").interests("stem").build();
        Participant e2 = Applicant.mentee("e2").build();
        MatchingResult result = engine.run(problem(List.of(m1, m2), List.of(e1, e2),
                List.of(new PairId("m1", "e2")), List.of()));
        Map<String, String> mentorOf = mentorOf(result);
        assertEquals("m1", mentorOf.get("e2"));
        assertEquals("m2", mentorOf.get("e1"));
    }

    @Test
    @DisplayName("an excluded pair is never proposed")
    void excludedNeverProposed() {
        Participant m1 = Applicant.mentor("m1").interests("stem").build();
        Participant e1 = Applicant.mentee("e1").interests("stem").build();
        MatchingResult result = engine.run(problem(List.of(m1), List.of(e1), List.of(), List.of(new PairId("m1", "e1"))));
        assertEquals(List.of(), result.proposals());
        assertEquals(List.of(new UnmatchedMentee("e1", UnmatchedMentee.NO_ELIGIBLE_MENTOR)), result.unmatched());
        assertEquals(0, result.stats().mentorSlotsNeeded());
    }

    @Test
    @DisplayName("no mentor takes more mentees than their capacity")
    void capacitiesRespected() {
        for (int seed = 0; seed < 50; seed++) {
            Random random = new Random(seed);
            MatchingProblem problem = RandomCohort.problem(random, 5, 30);
            MatchingResult result = engine.run(problem);
            Map<String, Integer> load = new HashMap<>();
            result.proposals().forEach(p -> load.merge(p.mentorApplicationId(), 1, Integer::sum));
            for (Participant mentor : problem.mentors()) {
                assertTrue(load.getOrDefault(mentor.applicationId(), 0) <= mentor.capacity());
            }
            for (PairId locked : problem.lockedPairs()) {
                assertEquals(locked.mentorApplicationId(), mentorOf(result).get(locked.menteeApplicationId()));
            }
            assertEquals(problem.mentees().size(), result.stats().matched() + result.stats().unmatched());
        }
    }

    @Test
    @DisplayName("the same applications in any order give exactly the same result")
    void deterministic() {
        for (int seed = 0; seed < 30; seed++) {
            MatchingProblem problem = RandomCohort.problem(new Random(seed), 8, 25);
            MatchingResult expected = engine.run(problem);
            Random shuffler = new Random(seed + 99);
            MatchingProblem shuffled = new MatchingProblem(shuffled(problem.mentors(), shuffler),
                    shuffled(problem.mentees(), shuffler), problem.weights(), shuffled(problem.lockedPairs(), shuffler),
                    shuffled(problem.excludedPairs(), shuffler));
            assertEquals(expected, new MatchingEngine().run(shuffled));
        }
    }

    @Test
    @DisplayName("unmatched mentees say whether nobody was eligible or mentors were full, and the extra slots needed are counted")
    void unmatchedReasons() {
        Participant m1 = Applicant.mentor("m1").institution("Central").build();
        Participant colleague = Applicant.mentee("e0").institution("central").build();
        Participant e1 = Applicant.mentee("e1").build();
        Participant e2 = Applicant.mentee("e2").build();
        Participant e3 = Applicant.mentee("e3").build();
        MatchingResult result = engine.run(new MatchingProblem(List.of(m1), List.of(e3, colleague, e2, e1)));
        assertEquals(List.of(new UnmatchedMentee("e0", UnmatchedMentee.NO_ELIGIBLE_MENTOR),
                new UnmatchedMentee("e2", UnmatchedMentee.CAPACITY_EXHAUSTED),
                new UnmatchedMentee("e3", UnmatchedMentee.CAPACITY_EXHAUSTED)), result.unmatched());
        assertEquals("e1", result.proposals().get(0).menteeApplicationId());
        assertEquals(2, result.stats().mentorSlotsNeeded());
    }

    @Test
    @DisplayName("contradictory problems are rejected with a clear message")
    void invalidProblems() {
        Participant m1 = Applicant.mentor("m1").capacity(1).build();
        Participant e1 = Applicant.mentee("e1").build();
        Participant e2 = Applicant.mentee("e2").build();
        List<Participant> mentors = List.of(m1);
        List<Participant> mentees = List.of(e1, e2);
        assertInvalid("unknown mentor", problem(mentors, mentees, List.of(new PairId("m9", "e1")), List.of()));
        assertInvalid("unknown mentee", problem(mentors, mentees, List.of(), List.of(new PairId("m1", "e9"))));
        assertInvalid("locked more than once", problem(List.of(Applicant.mentor("m1").capacity(3).build()), mentees,
                List.of(new PairId("m1", "e1"), new PairId("m1", "e1")), List.of()));
        assertInvalid("capacity 1", problem(mentors, mentees,
                List.of(new PairId("m1", "e1"), new PairId("m1", "e2")), List.of()));
        assertInvalid("duplicate application id e1", problem(mentors, List.of(e1, e1), List.of(), List.of()));
        assertInvalid("duplicate application id e1",
                problem(List.of(Applicant.mentor("e1").build()), mentees, List.of(), List.of()));
        assertInvalid("both locked and excluded", problem(mentors, mentees, List.of(new PairId("m1", "e1")),
                List.of(new PairId("m1", "e1"))));
    }

    private void assertInvalid(String messagePart, MatchingProblem problem) {
        InvalidMatchingProblem error = assertThrows(InvalidMatchingProblem.class, () -> engine.run(problem));
        assertTrue(error.getMessage().contains(messagePart), error.getMessage());
    }

    private static Map<String, String> mentorOf(MatchingResult result) {
        Map<String, String> mentorOf = new HashMap<>();
        result.proposals().forEach(p -> mentorOf.put(p.menteeApplicationId(), p.mentorApplicationId()));
        return mentorOf;
    }

    private static <T> List<T> shuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
