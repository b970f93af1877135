package example.mentoring.coldstart;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The floor a cold start is measured against (DESIGN.md): a JVM that builds an Enhanced client
 * (URL-connection HTTP client, static schema, environment credentials) and answers one GetItem.
 */
public final class BareGetItem {

    /** The smallest item class a static schema can map. */
    public static final class Row {
        private String cohortId;

        public String getCohortId() {
            return cohortId;
        }

        public void setCohortId(String cohortId) {
            this.cohortId = cohortId;
        }
    }

    private BareGetItem() {
    }

    public static void main(String[] args) {
        DynamoDbClient dynamo = DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(System.getenv("AWS_REGION")))
                .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
                .endpointOverride(URI.create(System.getenv("AWS_ENDPOINT_URL")))
                .build();
        var schema = StaticTableSchema.builder(Row.class).newItemSupplier(Row::new)
                .addAttribute(String.class, a -> a.name("cohortId").getter(Row::getCohortId).setter(Row::setCohortId)
                        .tags(StaticAttributeTags.primaryPartitionKey()))
                .build();
        DynamoDbEnhancedClient.builder().dynamoDbClient(dynamo).build()
                .table(System.getenv("COHORTS_TABLE"), schema)
                .getItem(Key.builder().partitionValue("fall-2027").build());
    }
}
