package example.mentoring.notification.email;

/** The kinds of email the program sends; each names its template files. */
public enum EmailKind {
    APPLICATION_ACKNOWLEDGED("application-acknowledged"),
    MATCH_INTRODUCTION("match-introduction"),
    WAIT_LIST_NOTICE("wait-list-notice"),
    INACTIVITY_NUDGE("inactivity-nudge"),
    NEWSLETTER("newsletter"),
    CHECK_IN_INVITATION("check-in-invitation"),
    POST_SUBMITTED("post-submitted"),
    POST_RETURNED("post-returned"),
    MATCH_ENDED("match-ended"),
    MATCH_ENDED_REPORT("match-ended-report"),
    YEAR_CLOSING("year-closing"),
    REAPPLY_INVITATION("reapply-invitation"),
    ALUMNI_INVITATION("alumni-invitation"),
    MENTOR_SHORTFALL("mentor-shortfall");

    private final String templateName;

    EmailKind(String templateName) {
        this.templateName = templateName;
    }

    /**
     * Whether this kind honours a newsletter opt-out (it carries an unsubscribe link): newsletters
     * and invitations to alumni. Every other kind is transactional and always sent.
     */
    public boolean honoursOptOut() {
        return this == NEWSLETTER || this == ALUMNI_INVITATION;
    }

    /** Base name of the templates, e.g. {@code email/<templateName>.html.mustache}. */
    public String templateName() {
        return templateName;
    }
}
