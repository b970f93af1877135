package example.mentoring.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import example.mentoring.log.Log;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** The one mapping from a failure to an HTTP answer. A 5xx never carries internals. */
public final class Problems {

    private Problems() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Body(String type, String title, int status, String detail, List<FieldError> errors) {
    }

    public static ApiResponse toResponse(Throwable failure) {
        if (failure instanceof TryAgain overloaded) {
            Log.warn("request.overloaded", Map.of("problem", overloaded.slug()));
            return of(overloaded);
        }
        if (failure instanceof AwsServiceException aws && aws.isThrottlingException()) {
            // A single read or write still throttled after the SDK's own retries: overload, not a fault.
            return toResponse(new TryAgain("The service is busy; try again shortly.", Duration.ofSeconds(2)));
        }
        if (failure instanceof Problem problem) {
            if (problem.status() >= 500) {
                Log.error("request.failed", Map.of("problem", problem.slug()));
            }
            return of(problem);
        }
        // The class and where it was thrown help operators; messages stay out, they can quote data.
        Log.error("request.failed", Map.of("exception", failure.getClass().getName(), "at", frames(failure)));
        return of(new Problem(500, "internal-error", "Internal error",
                "Something went wrong on our side. Try again later.", List.of()));
    }

    static List<String> frames(Throwable failure) {
        return java.util.Arrays.stream(failure.getStackTrace()).limit(6)
                .map(f -> f.getClassName() + "." + f.getMethodName() + ":" + f.getLineNumber()).toList();
    }

    public static ApiResponse of(Problem problem) {
        Body body = new Body(Problem.TYPE_PREFIX + problem.slug(), problem.title(), problem.status(),
                problem.detail(), problem.errors());
        ApiResponse response = ApiResponse.json(problem.status(), body).withHeader("content-type", "application/problem+json");
        return problem instanceof TryAgain overloaded
                ? response.withHeader("retry-after", overloaded.retryAfterSeconds()) : response;
    }
}
