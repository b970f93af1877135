package example.mentoring.cohort;

import example.mentoring.aws.Write;
import java.util.List;

/**
 * What else is written, in the same transaction, when a cohort is created (the draft
 * "Applications open" post), and how to take it back if the creation is undone.
 */
public interface CohortExtras {

    CohortExtras NONE = cohort -> new Writes(List.of(), List.of());

    Writes prepare(Cohort cohort);

    /** The writes that go with the cohort's, and the ones that undo them. */
    record Writes(List<Write> apply, List<Write> undo) {
    }
}
