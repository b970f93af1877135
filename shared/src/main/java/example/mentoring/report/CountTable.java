package example.mentoring.report;

import java.util.Arrays;
import java.util.List;

/**
 * The counts of one demographic field for one role: a row per category, where each person is in
 * exactly one row, and the columns {@code applicants}, {@code matched}, {@code unmatched} with
 * {@code applicants = matched + unmatched} in every row. Before a run is confirmed nobody is matched
 * or unmatched yet and only {@code applicants} is there ({@link #outcomes()} false).
 */
public record CountTable(List<String> categories, int[][] counts, boolean outcomes) {

    public static final int APPLICANTS = 0;
    public static final int MATCHED = 1;
    public static final int UNMATCHED = 2;

    public CountTable {
        categories = List.copyOf(categories);
        counts = Arrays.stream(counts).map(int[]::clone).toArray(int[][]::new);
        if (counts.length != categories.size()) {
            throw new IllegalArgumentException("one row of counts per category");
        }
        for (int[] row : counts) {
            if (row.length != 3 || Arrays.stream(row).anyMatch(count -> count < 0)) {
                throw new IllegalArgumentException("three counts a row, none negative");
            }
            if (outcomes ? row[APPLICANTS] != row[MATCHED] + row[UNMATCHED] : row[MATCHED] + row[UNMATCHED] != 0) {
                throw new IllegalArgumentException("applicants = matched + unmatched, and no outcomes before a confirmed run");
            }
        }
    }

    /** The columns the table publishes. */
    public int columns() {
        return outcomes ? 3 : 1;
    }

    public int rows() {
        return counts.length;
    }

    public int count(int row, int column) {
        return counts[row][column];
    }

    /** A column's total: the report treats these as public (the summary and the runs show them). */
    public int total(int column) {
        return Arrays.stream(counts).mapToInt(row -> row[column]).sum();
    }
}
