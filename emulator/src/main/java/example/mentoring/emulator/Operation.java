package example.mentoring.emulator;

/**
 * An AWS operation as it shows on the wire: the {@code X-Amz-Target} header of the JSON protocols
 * (DynamoDB's {@code DynamoDB_20120810.TransactWriteItems}), or the method and path of the REST
 * ones (SES v2's {@code POST /v2/email/outbound-emails}, Scheduler's {@code POST /schedules/{name}}).
 */
public record Operation(String target, String method, String path) {

    public static final Operation TRANSACT_WRITE_ITEMS = dynamoDb("TransactWriteItems");
    public static final Operation SES_SEND_EMAIL = rest("POST", "/v2/email/outbound-emails");
    public static final Operation SCHEDULER_CREATE_SCHEDULE = rest("POST", "/schedules/[^/]+");

    /** A DynamoDB action, e.g. {@code GetItem}. */
    public static Operation dynamoDb(String action) {
        return target("DynamoDB_20120810." + action);
    }

    /** A JSON-protocol operation by its {@code X-Amz-Target}. */
    public static Operation target(String target) {
        return new Operation(target, null, null);
    }

    /** A REST operation: its method and a regular expression that the whole path (no query) matches. */
    public static Operation rest(String method, String pathPattern) {
        return new Operation(null, method.toUpperCase(java.util.Locale.ROOT), pathPattern);
    }

    /** One request as the proxy saw it. */
    public record Call(String method, String path, String target) {
    }

    public boolean matches(Call call) {
        if (target != null) {
            return target.equals(call.target());
        }
        return method.equalsIgnoreCase(call.method()) && call.target() == null && call.path().matches(path);
    }

    @Override
    public String toString() {
        return target != null ? target : method + " " + path;
    }
}
