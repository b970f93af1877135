package example.mentoring.audit;

import java.time.Instant;

/** An audit entry as coordinators read it ({@code GET /audit}). */
public record AuditEntryView(String entryId, String cohortId, Instant at, String actor, String action, String what,
        String requestId) {

    public static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.entryId(), entry.cohortId().orElse(null), entry.at(), entry.actor(),
                entry.action().name(), entry.what(), entry.requestId());
    }
}
