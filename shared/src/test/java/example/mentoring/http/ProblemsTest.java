package example.mentoring.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

@DisplayName("Failures become HTTP answers in one place")
class ProblemsTest {

    @Test
    @DisplayName("a read or write still throttled after the SDK's retries is 503 try-again with Retry-After, never a 500")
    void throttlingIsOverload() {
        for (DynamoDbException throttled : new DynamoDbException[] {
                ProvisionedThroughputExceededException.builder().statusCode(400)
                        .awsErrorDetails(AwsErrorDetails.builder().errorCode("ProvisionedThroughputExceededException")
                                .errorMessage("quoting someone@example.org").build()).build(),
                (DynamoDbException) DynamoDbException.builder().statusCode(400)
                        .awsErrorDetails(AwsErrorDetails.builder().errorCode("ThrottlingException").build()).build()}) {
            ApiResponse response = Problems.toResponse(throttled);
            assertEquals(503, response.status());
            assertEquals("2", response.headers().get("retry-after"));
            assertFalse(response.body().contains("example.org"), "no AWS text in the answer");
        }
    }

    @Test
    @DisplayName("any other AWS error is a 500 without its text")
    void otherErrors() {
        ApiResponse response = Problems.toResponse(DynamoDbException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ValidationException")
                        .errorMessage("secret detail").build()).build());
        assertEquals(500, response.status());
        assertFalse(response.body().contains("secret detail"));
    }
}
