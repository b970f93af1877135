package example.mentoring.aws;

import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;

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
     * Describes a secret ({@code DescribeSecret}: its metadata, never its value): the Secrets
     * Manager client's stack without putting a key in the snapshot. A function allowed only to
     * read the value is refused, which primes as well.
     */
    public static void secretMetadata(AwsClients aws, String secretId) {
        try {
            aws.secretsManager().describeSecret(request -> request.secretId(secretId));
        } catch (SdkException refused) {
            // expected where the function may only read the value
        }
    }
}
