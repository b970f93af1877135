package example.mentoring.aws;

import example.mentoring.outcome.TryAgain;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** A single read or write still throttled after the SDK's own retries is overload, not a fault. */
public final class Throttling {

    private Throttling() {
    }

    /** The refusal a throttled SDK call means ({@link TryAgain}, 503 with Retry-After); empty for any other failure. */
    public static Optional<TryAgain> asRefusal(Throwable failure) {
        return failure instanceof AwsServiceException aws && aws.isThrottlingException()
                ? Optional.of(new TryAgain("The service is busy; try again shortly.", Duration.ofSeconds(2)))
                : Optional.empty();
    }
}
