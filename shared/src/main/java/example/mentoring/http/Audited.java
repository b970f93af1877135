package example.mentoring.http;

import example.mentoring.audit.AuditEntry;
import example.mentoring.audit.AuditTrail;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * Routes that answer with data the audit trail must record: the entry is stored before the answer
 * leaves, and if it cannot be stored the caller gets an error instead of the data. Only answers
 * that carry data (2xx) are recorded; a refusal shows nothing and records nothing.
 */
public final class Audited {

    /** Query parameters that page or format an answer rather than choose its data. */
    private static final Set<String> PRESENTATION = Set.of("limit", "nextToken", "format");

    private final AuditTrail trail;
    private final Clock clock;

    public Audited(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    /** A route whose every answer shows demographic data: recorded as a READ, or an EXPORT when CSV. */
    public Function<ApiRequest, ApiResponse> reads(Function<ApiRequest, ApiResponse> route) {
        return recorded(route, true);
    }

    /** A route whose CSV answer is an export (recorded); its JSON answer holds no demographics (not recorded). */
    public Function<ApiRequest, ApiResponse> exports(Function<ApiRequest, ApiResponse> route) {
        return recorded(route, false);
    }

    private Function<ApiRequest, ApiResponse> recorded(Function<ApiRequest, ApiResponse> route, boolean readsToo) {
        return request -> {
            boolean export = request.wantsCsv();
            ApiResponse response = route.apply(request);
            if ((export || readsToo) && response.status() / 100 == 2) {
                record(request, Optional.ofNullable(request.pathParameters().get("cohortId")),
                        export ? AuditEntry.Action.EXPORT : AuditEntry.Action.READ, what(request));
            }
            return response;
        };
    }

    /** Records an action the caller took through {@code request} (an erasure, say) on {@code what}. */
    public void record(ApiRequest request, Optional<String> cohortId, AuditEntry.Action action, String what) {
        String actor = request.caller().email().orElseThrow(() -> new IllegalStateException("An audited route let an anonymous caller through"));
        trail.record(new AuditEntry(UUID.randomUUID().toString(), cohortId, clock.instant(), actor, action, what,
                request.requestId()));
    }

    /**
     * Records an action on a person's data once for the program and once for each cohort it
     * touches, so each cohort's trail shows it too.
     */
    public void recordEach(ApiRequest request, java.util.List<String> cohortIds, AuditEntry.Action action, String what) {
        record(request, Optional.empty(), action, what);
        cohortIds.forEach(cohortId -> record(request, Optional.of(cohortId), action, what));
    }

    /** The path and the query parameters that chose the data, e.g. {@code /cohorts/fall/applications?role=MENTOR}. */
    static String what(ApiRequest request) {
        TreeMap<String, String> chosen = new TreeMap<>(request.queryParameters());
        chosen.keySet().removeAll(PRESENTATION);
        StringBuilder what = new StringBuilder(request.path());
        String separator = "?";
        for (var parameter : chosen.entrySet()) {
            what.append(separator).append(parameter.getKey()).append('=').append(parameter.getValue());
            separator = "&";
        }
        return what.toString();
    }
}
