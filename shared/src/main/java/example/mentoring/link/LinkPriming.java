package example.mentoring.link;

import example.mentoring.aws.AwsClients;
import java.time.Clock;

/**
 * Signed links for priming, with keys read through {@link AwsClients#offline() offline} clients:
 * the keys' read (its success unmarshalled), a link signed and verified, and no key of ours ever
 * read, so none is in a SnapStart snapshot.
 */
public final class LinkPriming {

    private LinkPriming() {
    }

    /** Signs a link for {@code purpose} and verifies it, with a placeholder key read offline. */
    public static void signAndVerifyOffline(AwsClients aws, Clock clock, LinkPurpose purpose) {
        SignedLinks links = new SignedLinks(new SecretsManagerSigningKeys(aws.offline(), clock), clock);
        if (links.verify(purpose, links.sign(purpose, "priming")).isEmpty()) {
            throw new IllegalStateException("a link signed offline did not verify");
        }
    }
}
