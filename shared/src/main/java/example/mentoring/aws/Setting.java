package example.mentoring.aws;

/**
 * Every environment variable the code reads besides the table names ({@link Table}): the one typed
 * list of configuration names, so that no other class spells one. The template sets the program's;
 * the Lambda runtime (or the local host and tests) set the {@code AWS_*} ones.
 */
public enum Setting {
    PROGRAM_NAME,
    PUBLIC_BASE_URL,
    PROGRAM_TIME_ZONE,
    API_BASE_URL,
    SENDER_EMAIL,
    SES_CONFIGURATION_SET,
    SCHEDULE_GROUP_NAME,
    CLOSE_COHORT_FUNCTION_ARN,
    SEND_CHECK_IN_FUNCTION_ARN,
    COMPLETE_COHORT_FUNCTION_ARN,
    SCHEDULER_ROLE_ARN,
    USER_POOL_ID,
    LINK_SIGNING_SECRET,
    AWS_REGION,
    AWS_ENDPOINT_URL,
    AWS_MAX_ATTEMPTS,
    AWS_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY;

    /** The variable's name, as the template writes it. */
    public String variable() {
        return name();
    }
}
