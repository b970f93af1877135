package example.mentoring.emulator;

import java.util.Random;

/**
 * Which of the calls that a rule matches get its fault, by their rank among those calls (1 is the
 * first). Instances may keep state (the seeded share does); the proxy asks one rule at a time.
 */
@FunctionalInterface
public interface When {

    boolean fires(int rank);

    static When always() {
        return rank -> true;
    }

    /** The first {@code n} matching calls; the later ones pass. */
    static When firstCalls(int n) {
        return rank -> rank <= n;
    }

    /** Every {@code k}-th matching call: the k-th, the 2k-th, ... */
    static When everyKth(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
        return rank -> rank % k == 0;
    }

    /** Each matching call with probability {@code share}, drawn from a generator seeded with {@code seed}. */
    static When share(double share, long seed) {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("share must be within [0, 1]");
        }
        Random random = new Random(seed);
        return rank -> random.nextDouble() < share;
    }
}
