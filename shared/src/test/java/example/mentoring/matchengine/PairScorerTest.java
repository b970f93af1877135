package example.mentoring.matchengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Scoring a mentor/mentee pair")
class PairScorerTest {
    private static final Pattern POINTS = Pattern.compile("\\(\\+(\\d+)\\)$");

    /** A mentor and a mentee with nothing in common, in the same region, years 5 vs 5, different library types. */
    private static Applicant neutralMentor() {
        return Applicant.mentor("m").libraryType("ACADEMIC").years(5);
    }

    private static Applicant neutralMentee() {
        return Applicant.mentee("e").libraryType("PUBLIC").years(5);
    }

    private static PairScorer scorer(Applicant mentor, Applicant mentee) {
        return new PairScorer(List.of(mentor.build()), List.of(mentee.build()), Weights.DEFAULT, Set.of());
    }

    private static int score(Applicant mentor, Applicant mentee) {
        return scorer(mentor, mentee).score(0, 0);
    }

    private static List<String> reasons(Applicant mentor, Applicant mentee) {
        return scorer(mentor, mentee).reasons(0, 0);
    }

    @Test
    @DisplayName("a pair with nothing in common scores zero and has no reasons")
    void nothingInCommon() {
        assertEquals(0, score(neutralMentor(), neutralMentee()));
        assertEquals(List.of(), reasons(neutralMentor(), neutralMentee()));
    }

    @Test
    @DisplayName("each shared interest is worth the interest weight, listed in the mentee's order")
    void sharedInterests() {
        Applicant mentor = neutralMentor().interests("stem", "Storytime", "mock-interviews");
        Applicant mentee = neutralMentee().interests("storytime", "mock-interviews", "grants");
        assertEquals(20, score(mentor, mentee));
        assertEquals(List.of("2 shared interests: storytime, mock-interviews (+20)"), reasons(mentor, mentee));
        assertEquals(List.of("1 shared interest: stem (+10)"),
                reasons(neutralMentor().interests("stem"), neutralMentee().interests("stem", "stem")));
    }

    @Test
    @DisplayName("region counts only when the mentee asked for the same or a different one")
    void region() {
        assertEquals(5, score(neutralMentor().region("WEST"), neutralMentee().region("WEST").prefers("SAME", "ANY", "ANY")));
        assertEquals(0, score(neutralMentor().region("EAST"), neutralMentee().region("WEST").prefers("SAME", "ANY", "ANY")));
        assertEquals(5, score(neutralMentor().region("EAST"), neutralMentee().region("WEST").prefers("DIFFERENT", "ANY", "ANY")));
        assertEquals(0, score(neutralMentor().region("WEST"), neutralMentee().region("WEST").prefers("DIFFERENT", "ANY", "ANY")));
        assertEquals(0, score(neutralMentor().region("WEST"), neutralMentee().region("WEST")));
        assertEquals(List.of("different region as requested (+5)"),
                reasons(neutralMentor().region("EAST"), neutralMentee().region("WEST").prefers("DIFFERENT", "ANY", "ANY")));
        assertEquals(List.of("same region as requested (+5)"),
                reasons(neutralMentor().region("WEST"), neutralMentee().region("WEST").prefers("SAME", "ANY", "ANY")));
    }

    @Test
    @DisplayName("same gender counts only when asked for, and never for prefer-not-to-say or self-described")
    void gender() {
        Applicant asks = neutralMentee().gender("WOMAN").prefers("ANY", "SAME", "ANY");
        assertEquals(5, score(neutralMentor().gender("WOMAN"), asks));
        assertEquals(List.of("same gender as requested (+5)"), reasons(neutralMentor().gender("WOMAN"), asks));
        assertEquals(0, score(neutralMentor().gender("MAN"), asks));
        assertEquals(0, score(neutralMentor().gender("WOMAN"), neutralMentee().gender("WOMAN")));
        for (String uncounted : List.of("PREFER_NOT_TO_SAY", "SELF_DESCRIBED")) {
            assertEquals(0, score(neutralMentor().gender(uncounted),
                    neutralMentee().gender(uncounted).prefers("ANY", "SAME", "ANY")));
        }
        assertEquals(0, score(neutralMentor(), neutralMentee().prefers("ANY", "SAME", "ANY")));
    }

    @Test
    @DisplayName("a shared background counts when asked for, without naming it in the reasons")
    void background() {
        Applicant asks = neutralMentee().race("BLACK", "HISPANIC_LATINO").prefers("ANY", "ANY", "SHARED");
        assertEquals(5, score(neutralMentor().race("HISPANIC_LATINO"), asks));
        List<String> reasons = reasons(neutralMentor().race("HISPANIC_LATINO"), asks);
        assertEquals(List.of("shared background as requested (+5)"), reasons);
        assertFalse(reasons.toString().contains("HISPANIC"));
        assertEquals(0, score(neutralMentor().race("ASIAN"), asks));
        assertEquals(0, score(neutralMentor().race("PREFER_NOT_TO_SAY"),
                neutralMentee().race("PREFER_NOT_TO_SAY").prefers("ANY", "ANY", "SHARED")));
        assertEquals(0, score(neutralMentor().race("SELF_DESCRIBED"),
                neutralMentee().race("SELF_DESCRIBED").prefers("ANY", "ANY", "SHARED")));
        assertEquals(0, score(neutralMentor().race("BLACK"), neutralMentee().race("BLACK")));
    }

    @Test
    @DisplayName("same library type and a mentor with 3+ more years of experience add their weights")
    void libraryTypeAndExperience() {
        assertEquals(3, score(neutralMentor().libraryType("PUBLIC"), neutralMentee()));
        assertEquals(List.of("same library type (+3)"), reasons(neutralMentor().libraryType("PUBLIC"), neutralMentee()));
        assertEquals(2, score(neutralMentor().years(8), neutralMentee().years(5)));
        assertEquals(0, score(neutralMentor().years(7), neutralMentee().years(5)));
        assertEquals(List.of("mentor has 5 more years of experience (+2)"),
                reasons(neutralMentor().years(10), neutralMentee().years(5)));
    }

    @Test
    @DisplayName("custom weights are applied; negative weights are refused")
    void weights() {
        Weights weights = new Weights(1, 0, 0, 0, 7, 0);
        PairScorer scorer = new PairScorer(List.of(neutralMentor().libraryType("PUBLIC").interests("a", "b").build()),
                List.of(neutralMentee().interests("b", "a").build()), weights, Set.of());
        assertEquals(9, scorer.score(0, 0));
        assertEquals(List.of("2 shared interests: b, a (+2)", "same library type (+7)"), scorer.reasons(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Weights(10, -1, 5, 5, 3, 2));
    }

    @Test
    @DisplayName("the points in the reasons always add up to the score")
    void reasonsAddUp() {
        Random random = new Random(7);
        for (int trial = 0; trial < 500; trial++) {
            Participant mentor = RandomCohort.participant(random, "m", true);
            Participant mentee = RandomCohort.participant(random, "e", false);
            PairScorer scorer = new PairScorer(List.of(mentor), List.of(mentee), Weights.DEFAULT, Set.of());
            int sum = 0;
            for (String reason : scorer.reasons(0, 0)) {
                Matcher matcher = POINTS.matcher(reason);
                assertTrue(matcher.find(), reason);
                sum += Integer.parseInt(matcher.group(1));
            }
            assertEquals(scorer.rawScore(0, 0), sum);
        }
    }

    @Test
    @DisplayName("scoring a mentee against all mentors at once agrees with scoring pair by pair")
    void bulkScoringAgrees() {
        Random random = new Random(11);
        for (boolean manyInterests : new boolean[] {false, true}) {
            List<Participant> mentors = new java.util.ArrayList<>();
            List<Participant> mentees = new java.util.ArrayList<>();
            for (int k = 0; k < 30; k++) {
                mentors.add(RandomCohort.participant(random, "m" + k, true));
                mentees.add(RandomCohort.participant(random, "e" + k, false));
            }
            if (manyInterests) { // more than 64 distinct interests: the general multi-word path
                List<String> many = new java.util.ArrayList<>();
                for (int t = 0; t < 70; t++) {
                    many.add("topic-" + t);
                }
                mentors.set(0, Applicant.mentor("m0").interests(many.toArray(String[]::new)).build());
                mentees.set(0, Applicant.mentee("e0").interests("topic-69", "topic-3").build());
            }
            PairScorer scorer = new PairScorer(mentors, mentees, Weights.DEFAULT, Set.of(3L << 32 | 4));
            int[] row = new int[mentors.size()];
            for (int e = 0; e < mentees.size(); e++) {
                scorer.scoreRow(e, row);
                for (int m = 0; m < mentors.size(); m++) {
                    assertEquals(scorer.score(e, m), row[m], "mentee " + e + ", mentor " + m);
                }
            }
            if (manyInterests) {
                assertEquals("2 shared interests: topic-69, topic-3 (+20)", scorer.reasons(0, 0).get(0));
            }
        }
    }

    @Test
    @DisplayName("a mentor is not eligible for someone with the same email or the same institution")
    void eligibility() {
        assertTrue(scorer(neutralMentor(), neutralMentee()).eligible(0, 0));
        assertFalse(scorer(neutralMentor().email("Same@Example.org "), neutralMentee().email("same@example.org"))
                .eligible(0, 0));
        assertFalse(scorer(neutralMentor().institution("  Springfield   Public  Library"),
                neutralMentee().institution("springfield public library")).eligible(0, 0));
        assertEquals(PairScorer.INELIGIBLE,
                scorer(neutralMentor().institution("A Lib"), neutralMentee().institution("a lib")).score(0, 0));
    }

    @Test
    @DisplayName("a pair excluded by the coordinator is not eligible")
    void excluded() {
        PairScorer scorer = new PairScorer(List.of(neutralMentor().build()), List.of(neutralMentee().build()),
                Weights.DEFAULT, Set.of(0L));
        assertFalse(scorer.eligible(0, 0));
    }
}
