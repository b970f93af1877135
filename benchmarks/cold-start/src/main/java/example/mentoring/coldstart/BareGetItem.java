package example.mentoring.coldstart;

import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The floor a cold start is measured against: a JVM that builds a DynamoDB client (URL-connection
 * HTTP client, environment credentials) and answers one GetItem — the way every function reads
 * (README, Architecture: attribute maps, no Enhanced client). DESIGN.md's floor used the Enhanced
 * client; the functions dropped it, so the floor did too (its classes are in no function jar).
 */
public final class BareGetItem {

    private BareGetItem() {
    }

    public static void main(String[] args) {
        DynamoDbClient dynamo = DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(System.getenv("AWS_REGION")))
                .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
                .endpointOverride(URI.create(System.getenv("AWS_ENDPOINT_URL")))
                .build();
        dynamo.getItem(r -> r.tableName(System.getenv("COHORTS_TABLE"))
                .key(Map.of("cohortId", AttributeValue.fromS("fall-2027"))));
    }
}
