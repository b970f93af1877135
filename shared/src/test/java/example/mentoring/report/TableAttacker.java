package example.mentoring.report;

import static example.mentoring.report.CountTable.APPLICANTS;
import static example.mentoring.report.CountTable.MATCHED;
import static example.mentoring.report.CountTable.UNMATCHED;

import example.mentoring.report.ComplementarySuppression.Mark;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An attacker who knows everything a published table shows, what its marks mean ({@code "<5"} is
 * 0–4, {@code "suppressed"} is 5 or more), the column totals (public elsewhere) and that each row
 * is {@code applicants = matched + unmatched}, and who finds every value each hidden cell can take
 * in some table consistent with all of it: an exact enumeration by dynamic programming over the
 * rows (reachable partial sums forward and backward), independent of how the suppression was chosen.
 */
final class TableAttacker {

    private final int rows;
    private final boolean outcomes;
    private final int totalApplicants;
    private final int totalMatched;
    private final List<List<int[]>> candidates = new ArrayList<>();

    /** {@code published[r][c]} is the shown count, or ignored where {@code marks} hide it. */
    TableAttacker(int[][] published, Mark[][] marks, boolean outcomes, int totalApplicants, int totalMatched,
                  int totalUnmatched) {
        this.rows = published.length;
        this.outcomes = outcomes;
        this.totalApplicants = totalApplicants;
        this.totalMatched = outcomes ? totalMatched : 0;
        int[] totals = {totalApplicants, totalMatched, totalUnmatched};
        for (int r = 0; r < rows; r++) {
            List<int[]> row = new ArrayList<>();
            int[][] range = new int[3][];
            for (int c = 0; c < (outcomes ? 3 : 1); c++) {
                range[c] = switch (marks[r][c]) {
                    case SHOWN -> new int[] {published[r][c], published[r][c]};
                    case UNDER_THRESHOLD -> new int[] {0, Math.min(4, totals[c])};
                    case SUPPRESSED -> new int[] {5, totals[c]};
                };
            }
            if (outcomes) {
                for (int m = range[MATCHED][0]; m <= range[MATCHED][1]; m++) {
                    for (int u = range[UNMATCHED][0]; u <= range[UNMATCHED][1]; u++) {
                        if (m + u >= range[APPLICANTS][0] && m + u <= range[APPLICANTS][1]) {
                            row.add(new int[] {m + u, m, u});
                        }
                    }
                }
            } else {
                for (int a = range[APPLICANTS][0]; a <= range[APPLICANTS][1]; a++) {
                    row.add(new int[] {a, 0, 0});
                }
            }
            candidates.add(row);
        }
    }

    /** Every value cell (row, column) takes in some table consistent with the publication. */
    Set<Integer> possibleValues(int row, int column) {
        boolean[][][] forward = new boolean[rows + 1][totalApplicants + 1][totalMatched + 1];
        forward[0][0][0] = true;
        for (int r = 0; r < rows; r++) {
            for (int a = 0; a <= totalApplicants; a++) {
                for (int m = 0; m <= totalMatched; m++) {
                    if (forward[r][a][m]) {
                        for (int[] t : candidates.get(r)) {
                            if (a + t[0] <= totalApplicants && m + t[1] <= totalMatched) {
                                forward[r + 1][a + t[0]][m + t[1]] = true;
                            }
                        }
                    }
                }
            }
        }
        // backward[r][a][m]: rows r.. can add up to exactly (a, m)
        boolean[][][] backward = new boolean[rows + 1][totalApplicants + 1][totalMatched + 1];
        backward[rows][0][0] = true;
        for (int r = rows - 1; r >= 0; r--) {
            for (int a = 0; a <= totalApplicants; a++) {
                for (int m = 0; m <= totalMatched; m++) {
                    if (backward[r + 1][a][m]) {
                        for (int[] t : candidates.get(r)) {
                            if (a + t[0] <= totalApplicants && m + t[1] <= totalMatched) {
                                backward[r][a + t[0]][m + t[1]] = true;
                            }
                        }
                    }
                }
            }
        }
        Set<Integer> values = new TreeSet<>();
        for (int[] t : candidates.get(row)) {
            search:
            for (int a = 0; a + t[0] <= totalApplicants; a++) {
                for (int m = 0; m + t[1] <= totalMatched; m++) {
                    if (forward[row][a][m] && backward[row + 1][totalApplicants - a - t[0]][totalMatched - m - t[1]]) {
                        values.add(t[column]);
                        break search;
                    }
                }
            }
        }
        return values;
    }
}
