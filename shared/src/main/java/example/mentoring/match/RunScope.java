package example.mentoring.match;

/**
 * What a matching run matches: {@code ALL} the cohort's applications (the run a CLOSED cohort is
 * matched by), or only the {@code UNMATCHED} ones of a MATCHED cohort (the rematch after an early
 * end or a late mentor: mentees without an active match, mentors with places left, never a pair
 * whose match ended).
 */
public enum RunScope { ALL, UNMATCHED }
