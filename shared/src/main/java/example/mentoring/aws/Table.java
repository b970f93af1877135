package example.mentoring.aws;

/** The DynamoDB tables of the stack, one per aggregate, and the variable naming each one. */
public enum Table {
    COHORTS("COHORTS_TABLE"),
    APPLICATIONS("APPLICATIONS_TABLE"),
    IDEMPOTENCY("IDEMPOTENCY_TABLE"),
    NOTIFICATIONS("NOTIFICATIONS_TABLE"),
    MATCHING_RUNS("MATCHING_RUNS_TABLE"),
    MATCHES("MATCHES_TABLE"),
    MEETINGS("MEETINGS_TABLE"),
    POSTS("POSTS_TABLE"),
    SUBSCRIPTIONS("SUBSCRIPTIONS_TABLE"),
    SUPPRESSIONS("SUPPRESSIONS_TABLE"),
    AUDIT("AUDIT_TABLE"),
    CHECK_INS("CHECK_INS_TABLE");

    private final String variable;

    Table(String variable) {
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
