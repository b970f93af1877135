package example.mentoring.report;

import static example.mentoring.report.CountTable.APPLICANTS;
import static example.mentoring.report.CountTable.MATCHED;
import static example.mentoring.report.CountTable.UNMATCHED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import example.mentoring.report.ComplementarySuppression.Decision;
import example.mentoring.report.ComplementarySuppression.Mark;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Complementary suppression: nobody can recover a hidden count from what a table shows")
class ComplementarySuppressionTest {

    static CountTable table(int[][] matchedUnmatched) {
        int[][] counts = new int[matchedUnmatched.length][];
        for (int r = 0; r < counts.length; r++) {
            counts[r] = new int[] {matchedUnmatched[r][0] + matchedUnmatched[r][1], matchedUnmatched[r][0], matchedUnmatched[r][1]};
        }
        return new CountTable(IntStream.range(0, counts.length).mapToObj(i -> "C" + i).toList(), counts, true);
    }

    static CountTable applicantsOnly(int... applicants) {
        int[][] counts = new int[applicants.length][];
        for (int r = 0; r < counts.length; r++) {
            counts[r] = new int[] {applicants[r], 0, 0};
        }
        return new CountTable(IntStream.range(0, counts.length).mapToObj(i -> "C" + i).toList(), counts, false);
    }

    static TableAttacker attackerOf(CountTable table, Mark[][] marks) {
        return new TableAttacker(table.counts(), marks, table.outcomes(), table.total(APPLICANTS),
                table.total(MATCHED), table.total(UNMATCHED));
    }

    /** The hidden cells whose value the attacker pins down, other than those of a column totalling 0. */
    static List<String> recovered(CountTable table, Mark[][] marks) {
        TableAttacker attacker = attackerOf(table, marks);
        List<String> recovered = new ArrayList<>();
        for (int r = 0; r < table.rows(); r++) {
            for (int c = 0; c < table.columns(); c++) {
                if (marks[r][c] != Mark.SHOWN && table.total(c) > 0) {
                    Set<Integer> values = attacker.possibleValues(r, c);
                    assertTrue(values.contains(table.count(r, c)), "the true table is among those the attacker finds");
                    if (values.size() < 2) {
                        recovered.add("row " + r + " column " + c + " = " + values);
                    }
                }
            }
        }
        return recovered;
    }

    static void assertMarksTellTheTruth(CountTable table, Decision decision) {
        for (int r = 0; r < table.rows(); r++) {
            for (int c = 0; c < table.columns(); c++) {
                int count = table.count(r, c);
                Mark mark = decision.mark(r, c);
                assertEquals(count < 5, mark == Mark.UNDER_THRESHOLD, "row " + r + " column " + c + " = " + count + " is " + mark);
            }
        }
    }

    @Test
    @DisplayName("the attacker is not toothless: with only the small counts hidden, it recovers them from the totals")
    void primaryAloneIsRecovered() {
        CountTable table = table(new int[][] {{12, 8}, {2, 1}, {9, 7}, {6, 5}});
        Mark[][] primaryOnly = new Mark[4][3];
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 3; c++) {
                primaryOnly[r][c] = table.count(r, c) < 5 ? Mark.UNDER_THRESHOLD : Mark.SHOWN;
            }
        }
        assertEquals(List.of("row 1 column 0 = [3]", "row 1 column 1 = [2]", "row 1 column 2 = [1]"),
                recovered(table, primaryOnly));
    }

    @Test
    @DisplayName("one small category among large ones: its counts and enough others are hidden, none recoverable")
    void oneSmallCategory() {
        CountTable table = table(new int[][] {{12, 8}, {2, 1}, {9, 7}, {6, 5}});
        Decision decision = ComplementarySuppression.decide(table);
        assertFalse(decision.withheld());
        assertMarksTellTheTruth(table, decision);
        assertEquals(List.of(), recovered(table, decision.marks()));
        long complementary = IntStream.range(0, 4).boxed()
                .flatMap(r -> IntStream.range(0, 3).mapToObj(c -> decision.mark(r, c)))
                .filter(Mark.SUPPRESSED::equals).count();
        assertTrue(complementary >= 2, "a second row hides cells to shield the small one");
    }

    @Test
    @DisplayName("everyone in one category: the large count is hidden too, or the zeros would be pinned by the total")
    void everyoneInOneCategory() {
        CountTable table = applicantsOnly(30, 0, 0, 0, 0);
        Decision decision = ComplementarySuppression.decide(table);
        assertFalse(decision.withheld());
        assertEquals(Mark.SUPPRESSED, decision.mark(0, APPLICANTS));
        assertEquals(List.of(), recovered(table, decision.marks()));
    }

    @Test
    @DisplayName("a table that no suppression can protect (every category exactly 4) is withheld")
    void unprotectableIsWithheld() {
        CountTable table = applicantsOnly(4, 4, 4, 4, 4, 4);
        Decision all = new Decision(new Mark[][] {{Mark.UNDER_THRESHOLD}, {Mark.UNDER_THRESHOLD}, {Mark.UNDER_THRESHOLD},
                {Mark.UNDER_THRESHOLD}, {Mark.UNDER_THRESHOLD}, {Mark.UNDER_THRESHOLD}}, false);
        assertEquals(6, recovered(table, all.marks()).size(), "every count is pinned at 4 by the total of 24");
        assertTrue(ComplementarySuppression.decide(table).withheld());
    }

    @Test
    @DisplayName("all matched: the unmatched column totals 0 and says so itself; the rest stays protected")
    void zeroColumn() {
        CountTable table = table(new int[][] {{3, 0}, {14, 0}, {1, 0}, {0, 0}, {8, 0}, {0, 0}});
        Decision decision = ComplementarySuppression.decide(table);
        assertFalse(decision.withheld());
        assertMarksTellTheTruth(table, decision);
        assertEquals(List.of(), recovered(table, decision.marks()));
    }

    @Test
    @DisplayName("2 000 random cohorts' tables: every hidden count keeps at least two possible values")
    void randomTables() {
        Random random = new Random(20271201L);
        int withheld = 0;
        int complementary = 0;
        for (int trial = 0; trial < 2_000; trial++) {
            int categories = List.of(4, 5, 6, 11).get(random.nextInt(4));
            int people = random.nextInt(36);
            boolean outcomes = random.nextBoolean();
            double matchedShare = random.nextDouble();
            // skewed: a few large categories and a long tail, as demographics are
            List<Double> weights = new ArrayList<>();
            for (int c = 0; c < categories; c++) {
                weights.add(Math.pow(random.nextDouble(), 3));
            }
            Collections.shuffle(weights, random);
            double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
            int[][] counts = new int[categories][3];
            for (int p = 0; p < people; p++) {
                double pick = random.nextDouble() * sum;
                int c = 0;
                while (c < categories - 1 && (pick -= weights.get(c)) > 0) {
                    c++;
                }
                counts[c][APPLICANTS]++;
                if (outcomes) {
                    counts[c][random.nextDouble() < matchedShare ? MATCHED : UNMATCHED]++;
                }
            }
            CountTable table = new CountTable(IntStream.range(0, categories).mapToObj(i -> "C" + i).toList(),
                    counts, outcomes);
            Decision decision = ComplementarySuppression.decide(table);
            if (decision.withheld()) {
                withheld++;
                continue;
            }
            assertMarksTellTheTruth(table, decision);
            assertEquals(List.of(), recovered(table, decision.marks()), "trial " + trial);
            for (Mark[] row : decision.marks()) {
                for (Mark mark : row) {
                    complementary += mark == Mark.SUPPRESSED ? 1 : 0;
                }
            }
        }
        assertTrue(complementary > 500, "the trials exercise complementary suppression: " + complementary);
        assertTrue(withheld < 100, "few tables are withheld: " + withheld);
    }
}
