package example.mentoring.match;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Setting;
import example.mentoring.log.Log;
import example.mentoring.text.Digests;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

/**
 * Participants' accounts in the user pool. Nobody signs up: a participant's account is created
 * when a confirmation puts them in a match, with the email of their application, already
 * verified (their sign-in name), and Cognito emails them the invitation (a temporary password). That verified email
 * is what grants participant rights, and nobody can change their own.
 */
public final class ParticipantAccounts {

    /** The Cognito client is built on first use: only a confirmation invites. */
    private final AwsClients aws;
    private final String userPoolId;

    public ParticipantAccounts(AwsClients aws) {
        this.aws = aws;
        this.userPoolId = aws.environment().required(Setting.USER_POOL_ID);
    }

    /**
     * Invites each address that has no account yet; one that has (matched before, in another
     * cohort or another pair) counts as done, so a repeated or resumed confirmation is harmless.
     */
    public void invite(Collection<String> emails) {
        Set<String> distinct = new LinkedHashSet<>(emails);
        int invited = 0;
        for (String email : distinct) {
            try {
                aws.cognito().adminCreateUser(r -> r.userPoolId(userPoolId)
                        .username(usernameOf(email))
                        .userAttributes(
                                AttributeType.builder().name("email").value(email).build(),
                                AttributeType.builder().name("email_verified").value("true").build())
                        .desiredDeliveryMediums(DeliveryMediumType.EMAIL));
                invited++;
            } catch (UsernameExistsException alreadyHasAnAccount) {
                // done before
            }
        }
        Log.info("accounts.invited", Map.of("invited", invited, "existing", distinct.size() - invited));
    }

    /** Deletes the address's account, if it has one (an erasure); whether it had. */
    public boolean remove(String email) {
        try {
            aws.cognito().adminDeleteUser(r -> r.userPoolId(userPoolId).username(usernameOf(email)));
            return true;
        } catch (software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException none) {
            return false;
        }
    }

    /**
     * The account's username: an opaque id that follows from the address, so the same person is
     * always the same account, and any address the form takes makes a valid username. People
     * sign in with the address itself (the pool's email alias).
     */
    static String usernameOf(String email) {
        return "p-" + Digests.sha256Hex(email.toLowerCase(java.util.Locale.ROOT), 16);
    }
}
