package example.mentoring.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import example.mentoring.aws.Throttling;
import example.mentoring.log.Log;
import example.mentoring.outcome.Conflict;
import example.mentoring.outcome.FieldError;
import example.mentoring.outcome.Forbidden;
import example.mentoring.outcome.Invalid;
import example.mentoring.outcome.Malformed;
import example.mentoring.outcome.NotFound;
import example.mentoring.outcome.Refusal;
import example.mentoring.outcome.TooLarge;
import example.mentoring.outcome.TryAgain;
import example.mentoring.outcome.Unauthenticated;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one mapping from a failure to an HTTP answer: each kind of domain {@link Refusal} to its
 * status and problem type, anything else to a 500 that never carries internals.
 */
public final class Problems {

    private Problems() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Body(String type, String title, int status, String detail, List<FieldError> errors) {
    }

    /** The problem a refusal answers as. */
    public static Problem of(Refusal refusal) {
        return switch (refusal) {
            case NotFound notFound -> new Problem(404, "not-found", "Not found", notFound.detail(), List.of());
            case Conflict conflict -> new Problem(409, conflict.code(), conflict.title(), conflict.detail(), List.of());
            case Invalid invalid -> new Problem(422, "validation-failed", "Validation failed", invalid.detail(),
                    invalid.errors());
            case Forbidden forbidden -> new Problem(403, "forbidden", "Forbidden", forbidden.detail(), List.of());
            case Unauthenticated nobody -> new Problem(401, "unauthorized", "Unauthorized", nobody.detail(), List.of());
            case Malformed malformed -> new Problem(400, "malformed-request", "Malformed request", malformed.detail(),
                    List.of());
            case TooLarge tooLarge -> new Problem(413, tooLarge.code(), tooLarge.title(), tooLarge.detail(),
                    tooLarge.errors());
            case TryAgain overloaded -> new Problem(503, "try-again", "Try again", overloaded.detail(), List.of());
        };
    }

    /** The answer to a refusal, without logging (for the stored answer of an idempotent request). */
    public static ApiResponse answer(Refusal refusal) {
        ApiResponse response = response(of(refusal));
        return refusal instanceof TryAgain overloaded
                ? response.withHeader("retry-after", Long.toString(overloaded.retryAfterSeconds())) : response;
    }

    public static ApiResponse toResponse(Throwable failure) {
        if (failure instanceof TryAgain overloaded) {
            Log.warn("request.overloaded", Map.of("problem", "try-again"));
            return answer(overloaded);
        }
        Optional<TryAgain> throttled = Throttling.asRefusal(failure);
        if (throttled.isPresent()) {
            return toResponse(throttled.get());
        }
        if (failure instanceof Refusal refusal) {
            return answer(refusal);
        }
        // The class and where it was thrown help operators; messages stay out, they can quote data.
        Log.error("request.failed", Map.of("exception", failure.getClass().getName(), "at", frames(failure)));
        return response(new Problem(500, "internal-error", "Internal error",
                "Something went wrong on our side. Try again later.", List.of()));
    }

    static List<String> frames(Throwable failure) {
        return java.util.Arrays.stream(failure.getStackTrace()).limit(6)
                .map(f -> f.getClassName() + "." + f.getMethodName() + ":" + f.getLineNumber()).toList();
    }

    public static ApiResponse response(Problem problem) {
        Body body = new Body(Problem.TYPE_PREFIX + problem.slug(), problem.title(), problem.status(),
                problem.detail(), problem.errors());
        return ApiResponse.json(problem.status(), body).withHeader("content-type", "application/problem+json");
    }
}
