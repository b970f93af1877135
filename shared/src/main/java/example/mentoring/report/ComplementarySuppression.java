package example.mentoring.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides which counts of a {@link CountTable} a published report may show.
 *
 * <p>Every count under {@value #THRESHOLD} is shown as {@code "<5"} (primary suppression, zeros
 * included: "none of the 7 were matched" discloses as much as "1 was"). That alone is not enough:
 * a reader who knows the column totals (public: the summary and the matching runs show them) and
 * that {@code applicants = matched + unmatched} could subtract the shown cells and recover a hidden
 * one. So more cells, each at least 5, are hidden too (complementary suppression, shown as
 * {@code "suppressed"}), until every hidden cell is <em>certified</em>: there is another table,
 * consistent with everything shown and with what each mark says ({@code "<5"} is 0–4,
 * {@code "suppressed"} is 5 or more), that differs from the true one in that cell. The certificate
 * is a rectangle move: add one to a cell in two rows while taking one from the matching cell of
 * another, in columns chosen so that every row relation and every total still holds. A cell whose
 * column total is 0 needs none (the total says it already), and a table where some cell cannot be
 * certified even with every cell hidden is withheld altogether.
 */
public final class ComplementarySuppression {

    public static final int THRESHOLD = 5;

    /** How a published cell reads. */
    public enum Mark { SHOWN, UNDER_THRESHOLD, SUPPRESSED }

    /** The marks of every cell (rows × published columns); a withheld table publishes none of them. */
    public record Decision(Mark[][] marks, boolean withheld) {
        public Mark mark(int row, int column) {
            return marks[row][column];
        }
    }

    /**
     * The changes a move makes to the row it adds to, per column (applicants, matched, unmatched);
     * the other row of the move gets the opposite. Each keeps {@code applicants = matched + unmatched}.
     */
    private static final int[][] OUTCOME_MOVES = {{0, 1, -1}, {1, 1, 0}, {1, 0, 1}};
    private static final int[][] APPLICANT_MOVES = {{1}};

    private ComplementarySuppression() {
    }

    public static Decision decide(CountTable table) {
        int rows = table.rows();
        int columns = table.columns();
        boolean[][] hidden = new boolean[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                hidden[r][c] = table.count(r, c) < THRESHOLD;
            }
        }
        while (true) {
            Cell open = firstUncertified(table, hidden);
            if (open == null) {
                return new Decision(marks(table, hidden), false);
            }
            Move cheapest = cheapestMoveThrough(table, hidden, open);
            if (cheapest == null) {
                break;
            }
            cheapest.cells().forEach(cell -> hidden[cell.row()][cell.column()] = true);
        }
        for (boolean[] row : hidden) {
            java.util.Arrays.fill(row, true);
        }
        boolean withheld = firstUncertified(table, hidden) != null;
        return new Decision(marks(table, hidden), withheld);
    }

    private record Cell(int row, int column) {
    }

    /** The cells a move changes. */
    private record Move(List<Cell> cells) {
    }

    private static Cell firstUncertified(CountTable table, boolean[][] hidden) {
        for (int r = 0; r < table.rows(); r++) {
            for (int c = 0; c < table.columns(); c++) {
                if (hidden[r][c] && table.total(c) > 0 && !certified(table, hidden, new Cell(r, c))) {
                    return new Cell(r, c);
                }
            }
        }
        return null;
    }

    private static boolean certified(CountTable table, boolean[][] hidden, Cell cell) {
        for (Move move : movesThrough(table, cell)) {
            if (move.cells().stream().allMatch(c -> hidden[c.row()][c.column()])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Of the moves through {@code cell} that would certify it once their cells are hidden, the one
     * that hides the fewest new cells, then the smallest counts (the least information lost).
     */
    private static Move cheapestMoveThrough(CountTable table, boolean[][] hidden, Cell cell) {
        Move best = null;
        long bestCost = Long.MAX_VALUE;
        for (Move move : movesThrough(table, cell)) {
            long added = 0;
            long lost = 0;
            for (Cell c : move.cells()) {
                if (!hidden[c.row()][c.column()]) {
                    added++;
                    lost += table.count(c.row(), c.column());
                }
            }
            long cost = added * 1_000_000_000L + lost;
            if (cost < bestCost) {
                best = move;
                bestCost = cost;
            }
        }
        return best;
    }

    /**
     * Every move that changes {@code cell} and keeps each changed cell within what its mark would
     * say of it (a count under the threshold stays under it, one at or above stays at or above).
     */
    private static List<Move> movesThrough(CountTable table, Cell cell) {
        int[][] patterns = table.outcomes() ? OUTCOME_MOVES : APPLICANT_MOVES;
        List<Move> moves = new ArrayList<>();
        for (int[] pattern : patterns) {
            if (pattern[cell.column()] == 0) {
                continue;
            }
            for (int other = 0; other < table.rows(); other++) {
                if (other == cell.row()) {
                    continue;
                }
                for (int sign : new int[] {1, -1}) {
                    List<Cell> cells = new ArrayList<>();
                    boolean fits = true;
                    for (int c = 0; c < pattern.length && fits; c++) {
                        if (pattern[c] != 0) {
                            fits = staysInItsMark(table.count(cell.row(), c), sign * pattern[c])
                                    && staysInItsMark(table.count(other, c), -sign * pattern[c]);
                            cells.add(new Cell(cell.row(), c));
                            cells.add(new Cell(other, c));
                        }
                    }
                    if (fits) {
                        moves.add(new Move(cells));
                    }
                }
            }
        }
        return moves;
    }

    private static boolean staysInItsMark(int count, int change) {
        int moved = count + change;
        return moved >= 0 && (count < THRESHOLD) == (moved < THRESHOLD);
    }

    private static Mark[][] marks(CountTable table, boolean[][] hidden) {
        Mark[][] marks = new Mark[table.rows()][table.columns()];
        for (int r = 0; r < table.rows(); r++) {
            for (int c = 0; c < table.columns(); c++) {
                marks[r][c] = hidden[r][c]
                        ? (table.count(r, c) < THRESHOLD ? Mark.UNDER_THRESHOLD : Mark.SUPPRESSED)
                        : Mark.SHOWN;
            }
        }
        return marks;
    }
}
