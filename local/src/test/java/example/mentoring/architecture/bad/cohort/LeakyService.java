package example.mentoring.architecture.bad.cohort;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.architecture.bad.http.Problem;
import example.mentoring.architecture.bad.post.Drafts;
import java.time.Instant;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A service that breaks the rules: it builds an SDK request, reads JSON, reads the clock, speaks HTTP. */
public final class LeakyService {

    private final DynamoDbClient dynamoDb;

    public LeakyService(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    public Problem close(JsonNode body) {
        dynamoDb.listTables();
        Drafts.of(this);
        return Instant.now().isAfter(Instant.EPOCH) ? new Problem(409, body.path("id").asText()) : null;
    }
}
