package example.mentoring.matchengine;

/**
 * An assignment of mentees to mentors together with its dual prices, in the terms the certificate speaks:
 * {@code u[mentee]}, {@code v[mentor]}, with w = big + score. See {@link DualCertificate} for the conditions.
 */
final class PricedAssignment {
    final int[] mentorOf;
    final long[] u;
    final long[] v;
    private final int[] menteeStart;
    private final int[] menteeList;
    private final int[] load;

    PricedAssignment(int[] mentorOf, long[] u, long[] v) {
        this.mentorOf = mentorOf;
        this.u = u;
        this.v = v;
        int mentors = v.length;
        load = new int[mentors];
        for (int m : mentorOf) {
            if (m != MatchingSolver.UNMATCHED) {
                load[m]++;
            }
        }
        menteeStart = new int[mentors + 1];
        for (int m = 0; m < mentors; m++) {
            menteeStart[m + 1] = menteeStart[m] + load[m];
        }
        menteeList = new int[menteeStart[mentors]];
        int[] fill = menteeStart.clone();
        for (int e = 0; e < mentorOf.length; e++) {
            if (mentorOf[e] != MatchingSolver.UNMATCHED) {
                menteeList[fill[mentorOf[e]]++] = e;
            }
        }
    }

    int load(int mentor) {
        return load[mentor];
    }

    /** The k-th mentee assigned to the mentor, k < load(mentor). */
    int menteeOf(int mentor, int k) {
        return menteeList[menteeStart[mentor] + k];
    }
}
