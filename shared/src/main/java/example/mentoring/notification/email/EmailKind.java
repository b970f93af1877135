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
    MENTOR_SHORTFALL("mentor-shortfall");

    private final String templateName;

    EmailKind(String templateName) {
        this.templateName = templateName;
    }

    /** Base name of the templates, e.g. {@code email/<templateName>.html.mustache}. */
    public String templateName() {
        return templateName;
    }
}
