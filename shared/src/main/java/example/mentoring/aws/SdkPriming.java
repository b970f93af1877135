package example.mentoring.aws;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * SDK calls that prime a client's marshalling, signing, HTTP stack and error handling while
 * changing nothing: the pattern of AWS's SnapStart priming guidance, a call that the service is
 * certain to refuse or that only reads. Whatever the answer (refused, not found, access denied),
 * the same classes ran as for a real call.
 */
public final class SdkPriming {

    private SdkPriming() {
    }

    /**
     * A {@code TransactWriteItems} with no items, which DynamoDB refuses as invalid before anything
     * else: the transaction path's marshaller and error unmarshalling, with nothing to write.
     */
    public static void emptyTransaction(AwsClients aws) {
        try {
            aws.dynamoDb().transactWriteItems(request -> request.transactItems(List.of()));
        } catch (SdkException refused) {
            // expected: a validation error
        }
    }

    /**
     * Reads the SES identity of an address ({@code GetEmailIdentity}): the SES client's REST-JSON
     * stack without sending. A function allowed only to send is refused, which primes as well.
     */
    public static void sesIdentity(AwsClients aws, String address) {
        try {
            aws.ses().getEmailIdentity(request -> request.emailIdentity(address));
        } catch (SdkException refused) {
            // expected where the function may only send, or where the identity is the domain
        }
    }

    /**
     * Asks for a version of a secret that no secret has ({@code GetSecretValue} of the stage
     * {@code PRIMING}): the read path the signing keys take, refused as not found, so no key's value
     * is in the snapshot.
     */
    public static void secretVersionThatDoesNotExist(AwsClients aws, String secretId) {
        try {
            aws.jsonProtocol(JsonProtocolClient.Service.SECRETS_MANAGER)
                    .call("GetSecretValue", Map.of("SecretId", secretId, "VersionStage", "PRIMING"));
        } catch (JsonProtocolClient.AwsRefusal refused) {
            // expected: ResourceNotFoundException
        }
    }

    /**
     * A {@code PutItem} whose condition can never hold ({@code attribute_exists(k) AND
     * attribute_not_exists(k)}), whatever the table holds: the write path's marshalling and its
     * ConditionalCheckFailed handling, and nothing is ever written.
     */
    public static void refusedPut(AwsClients aws, Table table, String keyAttribute) {
        try {
            aws.dynamoDb().putItem(request -> request.tableName(aws.environment().tableName(table))
                    .item(Map.of(keyAttribute, AttributeValue.fromS("priming")))
                    .conditionExpression("attribute_exists(#k) AND attribute_not_exists(#k)")
                    .expressionAttributeNames(Map.of("#k", keyAttribute)));
        } catch (SdkException refused) {
            // expected: ConditionalCheckFailedException
        }
    }

    /**
     * Reads a user that no pool has ({@code AdminGetUser}): the Cognito client's stack without
     * inviting anyone. A function allowed only to create users is refused, which primes as well.
     */
    public static void userThatDoesNotExist(AwsClients aws, String userPoolId) {
        try {
            aws.cognito().adminGetUser(request -> request.userPoolId(userPoolId).username("priming@example.invalid"));
        } catch (SdkException refused) {
            // expected: UserNotFoundException, or AccessDeniedException
        }
    }
}
