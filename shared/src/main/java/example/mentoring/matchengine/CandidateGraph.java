package example.mentoring.matchengine;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The sparse subset of (mentee, mentor) arcs the flow is solved on, in compressed-row form: the arcs of mentee
 * {@code i} are {@code arcStart[i] .. arcStart[i+1]-1}, sorted by mentor index. Scores are cached next to them.
 *
 * <p>The subset is only a guess of where the optimum lives; {@link DualCertificate} checks the omitted arcs and
 * the solver grows the graph with {@link #withArcs} until nothing omitted could improve the result.
 */
final class CandidateGraph {
    final int[] arcStart;
    final int[] arcMentor;
    final int[] arcScore;
    private final int[][] mentorsOf;

    private CandidateGraph(MatchingInstance instance, int[][] mentorsOf) {
        this.mentorsOf = mentorsOf;
        int rows = mentorsOf.length;
        arcStart = new int[rows + 1];
        for (int i = 0; i < rows; i++) {
            arcStart[i + 1] = arcStart[i] + mentorsOf[i].length;
        }
        arcMentor = new int[arcStart[rows]];
        arcScore = new int[arcStart[rows]];
        for (int i = 0; i < rows; i++) {
            int base = arcStart[i];
            for (int k = 0; k < mentorsOf[i].length; k++) {
                arcMentor[base + k] = mentorsOf[i][k];
                arcScore[base + k] = instance.score(i, mentorsOf[i][k]);
            }
        }
    }

    /** Arcs seen from the mentors' side, one row per unit of capacity (see {@link CertifiedFlowSolver}). */
    record SlotArcs(int[] start, int[] mentee, int[] score, int[] mentorOfSlot) {
    }

    SlotArcs slotArcs(MatchingInstance instance) {
        int cols = instance.mentorCount();
        int[] perMentor = new int[cols + 1];
        for (int m : arcMentor) {
            perMentor[m + 1]++;
        }
        for (int m = 0; m < cols; m++) {
            perMentor[m + 1] += perMentor[m];
        }
        int[] mentees = new int[arcMentor.length];
        int[] scores = new int[arcMentor.length];
        int[] fill = perMentor.clone();
        for (int i = 0; i < mentorsOf.length; i++) {
            for (int a = arcStart[i]; a < arcStart[i + 1]; a++) {
                int slot = fill[arcMentor[a]]++;
                mentees[slot] = i;
                scores[slot] = arcScore[a];
            }
        }
        int slots = 0;
        long arcs = 0;
        for (int m = 0; m < cols; m++) {
            slots += instance.capacity(m);
            arcs += (long) instance.capacity(m) * (perMentor[m + 1] - perMentor[m]);
        }
        int[] start = new int[slots + 1];
        int[] mentorOfSlot = new int[slots];
        int[] slotMentee = new int[Math.toIntExact(arcs)];
        int[] slotScore = new int[slotMentee.length];
        int row = 0;
        for (int m = 0; m < cols; m++) {
            int length = perMentor[m + 1] - perMentor[m];
            for (int k = 0; k < instance.capacity(m); k++) {
                System.arraycopy(mentees, perMentor[m], slotMentee, start[row], length);
                System.arraycopy(scores, perMentor[m], slotScore, start[row], length);
                mentorOfSlot[row] = m;
                start[row + 1] = start[row] + length;
                row++;
            }
        }
        return new SlotArcs(start, slotMentee, slotScore, mentorOfSlot);
    }

    int arcCount() {
        return arcMentor.length;
    }

    /**
     * Each mentee's {@code perMentee} best mentors, plus each mentor's {@code perMentor} best mentees (so that no
     * mentor with spare capacity is invisible to the mentees who could use it). Ties are broken by a fixed hash
     * of the pair rather than by index, which spreads popular scores over many mentors.
     */
    static CandidateGraph topCandidates(ScoreTable table, int perMentee, int perMentor) {
        MatchingInstance instance = table.instance();
        int rows = instance.menteeCount();
        int cols = instance.mentorCount();
        int[][] byMentee = new int[rows][];
        // Rows are scored in a few contiguous chunks in parallel; each chunk keeps its own per-mentor best lists.
        int chunks = Math.max(1, Math.min(rows, 2 * Runtime.getRuntime().availableProcessors()));
        TopLists[] mentorSide = IntStream.range(0, chunks).parallel().mapToObj(c -> {
            TopLists perMentorBest = new TopLists(cols, perMentor);
            TopLists rowBest = new TopLists(1, perMentee);
            int[] scores = new int[cols];
            for (int i = rows * c / chunks, end = rows * (c + 1) / chunks; i < end; i++) {
                table.row(i, scores);
                rowBest.clear(0);
                for (int m = 0; m < cols; m++) {
                    int s = scores[m];
                    if (s >= 0) {
                        rowBest.offer(0, s, m, i);
                        perMentorBest.offer(m, s, i, m);
                    }
                }
                byMentee[i] = rowBest.indices(0);
            }
            return perMentorBest;
        }).toArray(TopLists[]::new);
        TopLists merged = new TopLists(cols, perMentor);
        for (TopLists chunk : mentorSide) {
            merged.mergeFrom(chunk);
        }
        int[] extra = new int[rows];
        for (int m = 0; m < cols; m++) {
            for (int i : merged.indices(m)) {
                extra[i]++;
            }
        }
        int[][] mentorsOf = new int[rows][];
        for (int i = 0; i < rows; i++) {
            mentorsOf[i] = Arrays.copyOf(byMentee[i], byMentee[i].length + extra[i]);
            extra[i] = byMentee[i].length;
        }
        for (int m = 0; m < cols; m++) {
            for (int i : merged.indices(m)) {
                mentorsOf[i][extra[i]++] = m;
            }
        }
        for (int i = 0; i < rows; i++) {
            mentorsOf[i] = sortedDistinct(mentorsOf[i]);
        }
        return new CandidateGraph(instance, mentorsOf);
    }

    /** The same graph plus {@code added[i]} for each mentee (null = nothing to add). */
    CandidateGraph withArcs(MatchingInstance instance, int[][] added) {
        int[][] merged = new int[mentorsOf.length][];
        for (int i = 0; i < merged.length; i++) {
            if (added[i] == null || added[i].length == 0) {
                merged[i] = mentorsOf[i];
            } else {
                int[] both = Arrays.copyOf(mentorsOf[i], mentorsOf[i].length + added[i].length);
                System.arraycopy(added[i], 0, both, mentorsOf[i].length, added[i].length);
                merged[i] = sortedDistinct(both);
            }
        }
        return new CandidateGraph(instance, merged);
    }

    /**
     * For each of {@code lists} owners, the {@code k} best (score, then a fixed hash of the pair) candidates,
     * kept sorted best first in flat arrays.
     */
    private static final class TopLists {
        private final int k;
        private final long[] keys;
        private final int[] index;
        private final int[] size;

        TopLists(int lists, int k) {
            this.k = k;
            keys = new long[lists * k];
            index = new int[lists * k];
            size = new int[lists];
        }

        void clear(int list) {
            size[list] = 0;
        }

        void offer(int list, int score, int candidate, int other) {
            if (k == 0) {
                return;
            }
            int base = list * k;
            int n = size[list];
            if (n == k && score < (int) (keys[base + k - 1] >>> 32)) {
                return; // cheap reject before hashing
            }
            insert(list, ((long) score << 32) | (mix(candidate, other) & 0xffffffffL), candidate);
        }

        private void insert(int list, long key, int candidate) {
            int base = list * k;
            int n = size[list];
            if (n == k && !better(key, candidate, keys[base + k - 1], index[base + k - 1])) {
                return;
            }
            int pos = n < k ? n : k - 1;
            if (n < k) {
                size[list] = n + 1;
            }
            while (pos > 0 && better(key, candidate, keys[base + pos - 1], index[base + pos - 1])) {
                keys[base + pos] = keys[base + pos - 1];
                index[base + pos] = index[base + pos - 1];
                pos--;
            }
            keys[base + pos] = key;
            index[base + pos] = candidate;
        }

        /** Total order, so the lists do not depend on the order candidates were offered in (nor on chunking). */
        private static boolean better(long key, int candidate, long otherKey, int otherCandidate) {
            return key > otherKey || (key == otherKey && candidate < otherCandidate);
        }

        void mergeFrom(TopLists other) {
            for (int list = 0; list < size.length; list++) {
                for (int j = 0; j < other.size[list]; j++) {
                    insert(list, other.keys[list * k + j], other.index[list * k + j]);
                }
            }
        }

        int[] indices(int list) {
            return Arrays.copyOfRange(index, list * k, list * k + size[list]);
        }
    }

    /** A fixed hash of a pair, so that equal scores are not always resolved in favour of low indices. */
    private static int mix(int a, int b) {
        int h = a * 0x9E3779B1 + b * 0x85EBCA77;
        h ^= h >>> 15;
        h *= 0x2C1B3C6D;
        return h ^ (h >>> 13);
    }

    private static int[] sortedDistinct(int[] values) {
        int[] copy = values.clone();
        Arrays.sort(copy);
        int n = 0;
        for (int k = 0; k < copy.length; k++) {
            if (n == 0 || copy[n - 1] != copy[k]) {
                copy[n++] = copy[k];
            }
        }
        return Arrays.copyOf(copy, n);
    }
}
