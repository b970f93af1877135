package example.mentoring.local;

/** The kinds of caller the authorization matrix tries on every operation. */
enum MatrixCaller {
    ANONYMOUS("anonymous (no token)"),
    FORGED("a coordinator's claims signed with another key"),
    EXPIRED("a coordinator's expired token"),
    UNVERIFIED("the participant's address, email_verified false"),
    STRANGER("a signed-in stranger"),
    OTHER_PARTICIPANT("a participant of another match"),
    PARTICIPANT("the participant (and the posts' author)"),
    COORDINATOR("a coordinator"),
    LOOKALIKE("a group that merely contains 'coordinators' (\"coordinators,alumni\")");

    private final String label;

    MatrixCaller(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    boolean authenticated() {
        return this != ANONYMOUS && this != FORGED && this != EXPIRED;
    }
}
