package example.mentoring.matchengine;

import java.util.Arrays;

/**
 * Maximum-weight assignment of "rows" (each wants one column) to "columns" (each takes up to its capacity) on a
 * sparse arc list, with dual prices that prove it optimal on that arc list.
 *
 * <p>Model: the min-cost circulation S -> row (cap 1) -> column (cap 1, cost -w) -> T (cap = capacity) -> S,
 * with w = big + score. Potentials are kept as {@code u[row]} and {@code -v[column]} (S and T at 0), and every
 * residual arc has non-negative reduced cost at all times:
 * <ul>
 *   <li>unmatched arc: u + v >= w; matched arc: u + v <= w;</li>
 *   <li>row: u <= 0 if unmatched, u >= 0 if matched;</li>
 *   <li>column: v <= 0 if it has room left, v >= 0 if it holds a row.</li>
 * </ul>
 * Non-negative reduced costs everywhere mean no negative cycle, i.e. the circulation is optimal.
 *
 * <p>Algorithm (successive shortest paths, one row at a time, as in the Hungarian method): adding row i with
 * u_i = max(w - v) keeps its arcs feasible; the arc S->i then has reduced cost -u_i. A Dijkstra search from i
 * over reduced costs finds the cheapest way back to S: through a column with room (then T) or by bumping a
 * matched row (row->S). If that distance D < u_i the cycle is negative and is applied (the optimum with i is
 * the optimum without i plus the best augmenting path from i). Potentials of settled nodes then move by
 * D - dist (Johnson's update), which keeps every invariant above.
 */
final class ShortestPathAssignment {
    private final int[] arcStart;
    private final int[] arcTarget;
    private final int[] arcScore;
    private final long big;
    private final int rows;
    private final int[] capacity;

    final long[] u;
    final long[] v;
    final int[] columnOf;
    /** Arc of the current assignment, for its score. */
    private final int[] arcOf;
    /** Rows held by column c are slotRow[slotStart[c] .. slotStart[c] + load[c] - 1]. */
    private final int[] slotStart;
    private final int[] slotRow;
    private final int[] load;
    private final int[] slotOf;

    // Dijkstra scratch, nodes 0..rows-1 are rows and rows..rows+cols-1 columns.
    private final long[] dist;
    private final int[] pred;
    private final int[] predArc;
    private final int[] seen;
    private final int[] settled;
    private final int[] settledList;
    private int settledCount;

    private int stamp;
    private long[] heapKey = new long[1024];
    private int[] heapNode = new int[1024];
    private int heapSize;

    /**
     * Rows i have arcs arcStart[i] .. arcStart[i+1]-1 to columns arcTarget[a], each with its score.
     *
     * @param columnPrices starting prices of the columns, all <= 0 (columns start with room), or null for 0.
     *                     Any such start keeps every invariant; a good guess only shortens the searches.
     */
    ShortestPathAssignment(int[] arcStart, int[] arcTarget, int[] arcScore, int[] capacity, long big,
                           long[] columnPrices) {
        this.arcStart = arcStart;
        this.arcTarget = arcTarget;
        this.arcScore = arcScore;
        this.big = big;
        this.rows = arcStart.length - 1;
        this.capacity = capacity;
        int cols = capacity.length;
        u = new long[rows];
        v = new long[cols];
        if (columnPrices != null) {
            for (int c = 0; c < cols; c++) {
                if (columnPrices[c] > 0) {
                    throw new IllegalArgumentException("a column with room cannot start with a positive price");
                }
                v[c] = columnPrices[c];
            }
        }
        columnOf = new int[rows];
        Arrays.fill(columnOf, MatchingSolver.UNMATCHED);
        arcOf = new int[rows];
        slotOf = new int[rows];
        slotStart = new int[cols + 1];
        for (int m = 0; m < cols; m++) {
            slotStart[m + 1] = slotStart[m] + capacity[m];
        }
        slotRow = new int[slotStart[cols]];
        load = new int[cols];
        int nodes = rows + cols;
        dist = new long[nodes];
        pred = new int[nodes];
        predArc = new int[nodes];
        seen = new int[nodes];
        settled = new int[nodes];
        settledList = new int[nodes];
    }

    /**
     * Places rows strongest first (best arc score, then index). Any order gives an optimum; this one raises
     * prices early, so the weaker rows placed last stop their searches sooner.
     */
    ShortestPathAssignment run() {
        long[] order = new long[rows];
        for (int i = 0; i < rows; i++) {
            int best = -1;
            for (int a = arcStart[i]; a < arcStart[i + 1]; a++) {
                best = Math.max(best, arcScore[a]);
            }
            order[i] = ((long) (Integer.MAX_VALUE - best) << 32) | i;
        }
        Arrays.sort(order);
        for (long key : order) {
            place((int) key);
        }
        return this;
    }

    private void place(int start) {
        int from = arcStart[start];
        int to = arcStart[start + 1];
        if (from == to) {
            u[start] = 0;
            return;
        }
        long best = Long.MIN_VALUE;
        for (int a = from; a < to; a++) {
            best = Math.max(best, big + arcScore[a] - v[arcTarget[a]]);
        }
        u[start] = best;

        stamp++;
        settledCount = 0;
        heapSize = 0;
        // bound = cost of the cheapest way back to S found so far; starts at "leave the row unmatched".
        long bound = best;
        int boundPred = -1;
        seen[start] = stamp;
        dist[start] = 0;
        push(0, start);
        while (heapSize > 0) {
            long d = heapKey[0];
            int x = heapNode[0];
            pop();
            if (d >= bound) {
                break;
            }
            if (settled[x] == stamp || d > dist[x]) {
                continue;
            }
            settled[x] = stamp;
            settledList[settledCount++] = x;
            if (x < rows) {
                if (x != start && d + u[x] < bound) {
                    bound = d + u[x];
                    boundPred = x;
                }
                long base = d + u[x] - big;
                int own = columnOf[x];
                for (int a = arcStart[x], end = arcStart[x + 1]; a < end; a++) {
                    int m = arcTarget[a];
                    if (m != own) {
                        relax(rows + m, base + v[m] - arcScore[a], bound, x, a);
                    }
                }
            } else {
                int m = x - rows;
                if (load[m] < capacity[m] && d - v[m] < bound) {
                    bound = d - v[m];
                    boundPred = x;
                }
                long base = d + big - v[m];
                for (int s = slotStart[m], end = s + load[m]; s < end; s++) {
                    int j = slotRow[s];
                    relax(j, base + arcScore[arcOf[j]] - u[j], bound, x, -1);
                }
            }
        }
        for (int k = 0; k < settledCount; k++) {
            int x = settledList[k];
            long delta = bound - dist[x];
            if (x < rows) {
                u[x] -= delta;
            } else {
                v[x - rows] += delta;
            }
        }
        if (boundPred >= 0) {
            augment(start, boundPred);
        }
    }

    private void relax(int node, long nd, long bound, int from, int arc) {
        if (nd < bound && settled[node] != stamp && (seen[node] != stamp || nd < dist[node])) {
            seen[node] = stamp;
            dist[node] = nd;
            pred[node] = from;
            predArc[node] = arc;
            push(nd, node);
        }
    }

    /** Applies the path start -> ... -> last, where last is a column with room or a row to unmatch. */
    private void augment(int start, int last) {
        int columnNode;
        int fillSlot;
        if (last >= rows) {
            int m = last - rows;
            columnNode = last;
            fillSlot = slotStart[m] + load[m]++;
        } else {
            columnNode = rows + columnOf[last];
            fillSlot = slotOf[last];
            columnOf[last] = MatchingSolver.UNMATCHED;
        }
        while (true) {
            int r = pred[columnNode];
            int oldColumn = columnOf[r];
            int oldSlot = slotOf[r];
            slotRow[fillSlot] = r;
            slotOf[r] = fillSlot;
            columnOf[r] = columnNode - rows;
            arcOf[r] = predArc[columnNode];
            if (r == start) {
                return;
            }
            // r was reached from its old column; its old slot goes to whoever reached that column.
            columnNode = rows + oldColumn;
            fillSlot = oldSlot;
        }
    }





    private void push(long key, int node) {
        if (heapSize == heapKey.length) {
            heapKey = Arrays.copyOf(heapKey, heapSize * 2);
            heapNode = Arrays.copyOf(heapNode, heapSize * 2);
        }
        int pos = heapSize++;
        while (pos > 0) {
            int parent = (pos - 1) >>> 1;
            if (heapKey[parent] <= key) {
                break;
            }
            heapKey[pos] = heapKey[parent];
            heapNode[pos] = heapNode[parent];
            pos = parent;
        }
        heapKey[pos] = key;
        heapNode[pos] = node;
    }

    private void pop() {
        long key = heapKey[--heapSize];
        int node = heapNode[heapSize];
        int pos = 0;
        while (true) {
            int child = 2 * pos + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && heapKey[child + 1] < heapKey[child]) {
                child++;
            }
            if (heapKey[child] >= key) {
                break;
            }
            heapKey[pos] = heapKey[child];
            heapNode[pos] = heapNode[child];
            pos = child;
        }
        heapKey[pos] = key;
        heapNode[pos] = node;
    }
}
