package example.mentoring.idempotency;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Write;
import example.mentoring.http.ApiRequest;
import example.mentoring.http.ApiResponse;
import example.mentoring.http.Problems;
import example.mentoring.outcome.Invalid;
import example.mentoring.outcome.Refusal;
import example.mentoring.outcome.RequestInProgress;
import example.mentoring.text.Digests;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Wraps a creating route so that a retry with the same {@code Idempotency-Key} and body returns
 * the first response and creates nothing new; the same key with another body is a 422. While the
 * first request runs, the key is locked (for longer than a function may run); a request that
 * failed on our side (5xx) releases it so that a retry can do the work.
 */
public final class Idempotency {

    static final String HEADER = "Idempotency-Key";
    private static final Duration LOCK = Duration.ofSeconds(35);

    private final IdempotencyRecords records;
    private final Clock clock;

    public Idempotency(AwsClients aws, Clock clock) {
        this.records = new IdempotencyRecords(aws);
        this.clock = clock;
    }

    public Function<ApiRequest, ApiResponse> wrap(Function<ApiRequest, ApiResponse> route) {
        return wrapTransactional((request, scope) -> route.apply(request));
    }

    /**
     * Lets a route write the stored response in its own transaction ({@link Scope#completedWith}),
     * so that a crash between its change and the record of the response cannot happen: a retry then
     * replays the first response instead of meeting its own effects (e.g. a duplicate).
     */
    public Function<ApiRequest, ApiResponse> wrapTransactional(BiFunction<ApiRequest, Scope, ApiResponse> route) {
        return request -> {
            Optional<String> key = request.header(HEADER).map(String::strip);
            if (key.isEmpty()) {
                return route.apply(request, Scope.NONE);
            }
            if (key.get().isEmpty() || key.get().length() > 128 || !key.get().matches("[\\x21-\\x7E]+")) {
                throw Invalid.field(HEADER, "must be 1 to 128 visible ASCII characters");
            }
            String recordKey = Digests.sha256Hex(request.routeKey() + "\n" + request.path() + "\n"
                    + request.caller().email().orElse("") + "\n" + key.get());
            String requestHash = Digests.sha256Hex(request.rawBody());
            Instant now = clock.instant();
            if (!records.lock(recordKey, requestHash, now, LOCK)) {
                return replay(recordKey, requestHash, now);
            }
            RecordingScope scope = new RecordingScope(recordKey, requestHash);
            ApiResponse response;
            try {
                response = route.apply(request, scope);
            } catch (Refusal refusal) {
                if (!scope.completedInTransaction()) {
                    ApiResponse answer = Problems.answer(refusal);
                    if (answer.status() >= 500) {
                        records.release(recordKey);
                    } else {
                        records.complete(recordKey, requestHash, answer, clock.instant());
                    }
                }
                throw refusal;
            } catch (RuntimeException failure) {
                if (!scope.completedInTransaction()) {
                    records.release(recordKey);
                }
                throw failure;
            }
            if (!scope.completedInTransaction()) {
                if (response.status() >= 500) {
                    records.release(recordKey);
                } else {
                    records.complete(recordKey, requestHash, response, clock.instant());
                }
            }
            return response;
        };
    }

    /** What a route may add to its transaction to store its response with its change. */
    public interface Scope {

        Scope NONE = response -> List.of();

        /** The writes that store {@code response} as the answer to this request (none without a key). */
        List<Write> completedWith(ApiResponse response);
    }

    private final class RecordingScope implements Scope {

        private final String recordKey;
        private final String requestHash;
        private boolean offered;

        RecordingScope(String recordKey, String requestHash) {
            this.recordKey = recordKey;
            this.requestHash = requestHash;
        }

        @Override
        public List<Write> completedWith(ApiResponse response) {
            offered = true;
            return List.of(records.completion(recordKey, requestHash, response, clock.instant())
                    .refusing(() -> new RequestInProgress(
                            "Another request with this Idempotency-Key took over; retry in a few seconds.")));
        }

        /** Whether the route's transaction did store the response (it may have been refused). */
        boolean completedInTransaction() {
            return offered && records.find(recordKey, clock.instant()).filter(StoredResponse::completed).isPresent();
        }
    }

    private ApiResponse replay(String recordKey, String requestHash, Instant now) {
        StoredResponse stored = records.find(recordKey, now).orElseThrow(() -> inProgress());
        if (!stored.requestHash().equals(requestHash)) {
            throw Invalid.field(HEADER, "was used before with a different body; use a new key for a new request");
        }
        if (!stored.completed()) {
            throw inProgress();
        }
        return new ApiResponse(stored.status(), stored.headers(), stored.body()).withHeader("idempotent-replayed", "true");
    }

    private static RequestInProgress inProgress() {
        return new RequestInProgress("A request with this Idempotency-Key is still being processed; retry in a few seconds.");
    }

}
