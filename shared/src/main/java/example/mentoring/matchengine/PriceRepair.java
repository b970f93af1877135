package example.mentoring.matchengine;

/**
 * Tries to re-price a sparse solution so that it certifies optimality on the FULL instance, without changing
 * the assignment.
 *
 * <p>Prices from the sparse solve are one certificate among many; they may fail on omitted pairs even when
 * the assignment is optimal (a mentor nobody else competed for in the sparse graph looks cheap). The
 * assignment is optimal iff the full residual graph has no negative cycle, and then shortest-path distances d
 * from a virtual root (0-arcs to every node) turn the old potentials into valid ones: pi' = pi + d. We compute
 * d with a label-correcting search (Bellman-Ford with a FIFO queue) that starts from the mentees whose pairs
 * violate, scanning a mentee's pairs densely with the scorer (no 40 M arc list is ever stored). S and T are
 * merged into one node Z (both have potential 0). If the search does not settle within a work budget there is
 * probably a negative cycle, i.e. the assignment can be improved, and we report failure.
 */
final class PriceRepair {
    private PriceRepair() {
    }

    /** @return true if the prices of {@code solution} were updated to satisfy every pair; false = unchanged. */
    static boolean reprice(ScoreTable table, PricedAssignment solution, long big, boolean[] violating) {
        MatchingInstance instance = table.instance();
        int rows = instance.menteeCount();
        int cols = instance.mentorCount();
        int z = rows + cols;
        long[] u = solution.u;
        long[] v = solution.v;
        int[] mentorOf = solution.mentorOf;
        long[] d = new long[z + 1];
        boolean[] queued = new boolean[z + 1];
        int[] queue = new int[z + 1];
        int head = 0;
        int size = 0;
        for (int e = 0; e < rows; e++) {
            if (violating[e]) {
                queue[size++] = e;
                queued[e] = true;
            }
        }
        // A negative cycle would make the search go round forever; a budget of dense row scans stops it early.
        long budget = 4L * (rows + cols) + 1000;
        int rowScans = 0;
        int[] scores = new int[cols];
        for (boolean row : violating) {
            rowScans += row ? 3 : 0;
        }
        rowScans += 100 + rows / 2; // worth it up to about half a full pass: a failed repair costs a whole round
        while (size > 0) {
            if (--budget < 0) {
                return false;
            }
            int x = queue[head];
            head = (head + 1) % queue.length;
            size--;
            queued[x] = false;
            long dx = d[x];
            if (x < rows) {
                int own = mentorOf[x];
                if (own != MatchingSolver.UNMATCHED && dx + u[x] < d[z]) {
                    d[z] = dx + u[x];
                    size = enqueue(z, queue, queued, head, size);
                }
                if (--rowScans < 0) {
                    return false;
                }
                table.row(x, scores);
                long base = dx + u[x] - big;
                for (int m = 0; m < cols; m++) {
                    int score = scores[m];
                    // improvement iff base + v[m] - score < d[m]
                    if (score != PairScorer.INELIGIBLE && m != own && base + v[m] - score < d[rows + m]) {
                        d[rows + m] = base + v[m] - score;
                        size = enqueue(rows + m, queue, queued, head, size);
                    }
                }
            } else if (x < z) {
                int m = x - rows;
                for (int k = 0; k < solution.load(m); k++) {
                    int j = solution.menteeOf(m, k);
                    long nd = dx + big + instance.score(j, m) - u[j] - v[m];
                    if (nd < d[j]) {
                        d[j] = nd;
                        size = enqueue(j, queue, queued, head, size);
                    }
                }
                if (solution.load(m) < instance.capacity(m) && dx - v[m] < d[z]) {
                    d[z] = dx - v[m];
                    size = enqueue(z, queue, queued, head, size);
                }
            } else {
                for (int e = 0; e < rows; e++) {
                    if (mentorOf[e] == MatchingSolver.UNMATCHED && dx - u[e] < d[e]) {
                        d[e] = dx - u[e];
                        size = enqueue(e, queue, queued, head, size);
                    }
                }
                for (int m = 0; m < cols; m++) {
                    if (solution.load(m) > 0 && dx + v[m] < d[rows + m]) {
                        d[rows + m] = dx + v[m];
                        size = enqueue(rows + m, queue, queued, head, size);
                    }
                }
            }
        }
        // pi' = pi + d, shifted so that Z stays at 0; mentor potentials are -v.
        long shift = d[z];
        for (int e = 0; e < rows; e++) {
            u[e] += d[e] - shift;
        }
        for (int m = 0; m < cols; m++) {
            v[m] -= d[rows + m] - shift;
        }
        return true;
    }

    private static int enqueue(int node, int[] queue, boolean[] queued, int head, int size) {
        if (!queued[node]) {
            queued[node] = true;
            queue[(head + size) % queue.length] = node;
            return size + 1;
        }
        return size;
    }

}
