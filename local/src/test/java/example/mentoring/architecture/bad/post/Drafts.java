package example.mentoring.architecture.bad.post;

import example.mentoring.architecture.bad.cohort.LeakyService;

/** Closes a package cycle: cohort uses post, post uses cohort. */
public final class Drafts {

    private Drafts() {
    }

    public static String of(LeakyService service) {
        return service.toString();
    }
}
