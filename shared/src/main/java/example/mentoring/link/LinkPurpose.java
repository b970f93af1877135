package example.mentoring.link;

import java.time.Duration;

/**
 * What a signed link is for, and how long it lives. The purpose is part of what is signed, so a
 * token made for one purpose never verifies for another.
 */
public enum LinkPurpose {
    /** A newsletter's opt-out link: names a subscriber id. */
    UNSUBSCRIBE("unsubscribe", Duration.ofDays(365)),
    /** The acknowledgement's email-confirmation link: names an application. */
    CONFIRM_EMAIL("confirm-email", Duration.ofDays(30)),
    /** A check-in's personal link: names a check-in and a recipient's opaque id; answers can change all year. */
    CHECK_IN("check-in", Duration.ofDays(400)),
    /** A wait-listed mentee's invitation to re-apply to a new cohort: names both cohorts and the earlier application. */
    REAPPLY("reapply", Duration.ofDays(60));

    private final String label;
    private final Duration lifetime;

    LinkPurpose(String label, Duration lifetime) {
        this.label = label;
        this.lifetime = lifetime;
    }

    String label() {
        return label;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
