package example.mentoring.outcome;

/** Another request with the same Idempotency-Key holds it; retrying shortly gets its answer. */
public final class RequestInProgress extends Conflict {

    public RequestInProgress(String detail) {
        super("request-in-progress", "Request in progress", detail);
    }
}
