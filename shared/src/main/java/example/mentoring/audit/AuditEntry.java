package example.mentoring.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * One recorded access: {@code actor} (the coordinator's email) did {@code action} on {@code what}
 * (e.g. {@code applications?role=MENTOR}) of a cohort, or of the program as a whole when
 * {@code cohortId} is empty, at {@code at}, in the API request {@code requestId}.
 */
public record AuditEntry(String entryId, Optional<String> cohortId, Instant at, String actor, Action action,
        String what, String requestId) {

    /** What was done with the data. */
    public enum Action { READ, EXPORT, ERASE }
}
