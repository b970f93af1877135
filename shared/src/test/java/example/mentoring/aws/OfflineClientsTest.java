package example.mentoring.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;

@DisplayName("Offline clients answer in the process: successes with nothing in them, and the items they were given")
class OfflineClientsTest {

    /** An endpoint nothing listens on: a call that left the process would fail. */
    final AwsClients offline = new AwsClients(Environment.of(Map.of(
            "AWS_REGION", "us-east-1", "AWS_ENDPOINT_URL", "http://127.0.0.1:9", "AWS_MAX_ATTEMPTS", "1"))).offline();

    @Test
    @DisplayName("an item put, alone or in a transaction, is got back by its key; any other key finds nothing")
    void remembersWhatWasPut() {
        Map<String, AttributeValue> alone = Map.of("pk", AttributeValue.fromS("a"), "sk", AttributeValue.fromN("1"),
                "name", AttributeValue.fromS("Alone"));
        Map<String, AttributeValue> inTransaction = Map.of("pk", AttributeValue.fromS("b"), "sk", AttributeValue.fromN("1"),
                "tags", AttributeValue.fromL(List.of(AttributeValue.fromS("x"))));
        offline.dynamoDb().putItem(r -> r.tableName("t").item(alone));
        offline.dynamoDb().transactWriteItems(r -> r.transactItems(List.of(
                software.amazon.awssdk.services.dynamodb.model.TransactWriteItem.builder()
                        .put(Put.builder().tableName("t").item(inTransaction).build()).build())));

        assertEquals(alone, offline.dynamoDb().getItem(r -> r.tableName("t")
                .key(Map.of("pk", AttributeValue.fromS("a"), "sk", AttributeValue.fromN("1")))).item());
        assertEquals(inTransaction, offline.dynamoDb().getItem(r -> r.tableName("t")
                .key(Map.of("pk", AttributeValue.fromS("b"), "sk", AttributeValue.fromN("1")))).item());
        assertTrue(offline.dynamoDb().getItem(r -> r.tableName("t")
                .key(Map.of("pk", AttributeValue.fromS("a"), "sk", AttributeValue.fromN("2")))).item().isEmpty());
        assertTrue(offline.dynamoDb().getItem(r -> r.tableName("other")
                .key(Map.of("pk", AttributeValue.fromS("a"), "sk", AttributeValue.fromN("1")))).item().isEmpty());
    }

    @Test
    @DisplayName("reads find nothing, other calls succeed empty, and a secret's read is a placeholder")
    void answersEverythingElseEmpty() {
        assertTrue(offline.dynamoDb().query(r -> r.tableName("t").keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("a")))).items().isEmpty());
        offline.ses().sendEmail(r -> r.fromEmailAddress("a@example.invalid"));
        assertEquals("offline-priming-placeholder-not-a-key", offline.jsonProtocol(JsonProtocolClient.Service.SECRETS_MANAGER)
                .call("GetSecretValue", Map.of("SecretId", "any")).path("SecretString").asText());
        assertTrue(offline.jsonProtocol(JsonProtocolClient.Service.COGNITO_IDENTITY_PROVIDER)
                .call("ListUsersInGroup", Map.of("UserPoolId", "any", "GroupName", "any")).path("Users").isEmpty());
    }
}
