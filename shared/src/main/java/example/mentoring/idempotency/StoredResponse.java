package example.mentoring.idempotency;

import java.util.Map;

/** What was answered to the first request with a key, or that it is still being answered. */
record StoredResponse(String requestHash, boolean completed, long lockedUntilMillis,
                      int status, Map<String, String> headers, String body) {
}
