package example.mentoring.notification.email;

/** Which side of a mentoring pair a person is on. */
public enum ProgramRole {
    MENTOR("mentor"),
    MENTEE("mentee");

    private final String noun;

    ProgramRole(String noun) {
        this.noun = noun;
    }

    /** The lower-case word used in email copy. */
    public String noun() {
        return noun;
    }

    /** The role of the other person in a pair. */
    public ProgramRole partner() {
        return this == MENTOR ? MENTEE : MENTOR;
    }
}
