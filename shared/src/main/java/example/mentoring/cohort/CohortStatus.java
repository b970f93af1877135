package example.mentoring.cohort;

/** Where a cohort stands; derived from time and actions, never stored. */
public enum CohortStatus {
    UPCOMING, OPEN, CLOSED, MATCHED, COMPLETED
}
