package example.mentoring.matchengine;

/**
 * Finds an assignment of mentees to mentors. Pure: no I/O, no clock, same instance gives the same answer.
 * Kept small so a benchmark can put other implementations (a reference solver, a greedy baseline) side by side.
 */
public interface MatchingSolver {
    /** Marks mentees left unmatched in the array returned by {@link #solve}. */
    int UNMATCHED = -1;

    String name();

    String version();

    /** @return for each mentee of the instance, its mentor index or {@link #UNMATCHED} */
    int[] solve(MatchingInstance instance);
}
