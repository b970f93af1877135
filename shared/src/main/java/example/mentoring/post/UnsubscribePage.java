package example.mentoring.post;

import example.mentoring.link.LinkPage;
import example.mentoring.link.LinkPurpose;
import example.mentoring.link.SignedLinks;
import example.mentoring.log.Log;
import example.mentoring.outcome.Malformed;
import java.time.Clock;
import java.util.Map;

/**
 * The newsletter opt-out, without a login: the link's signed token names a subscriber id. A GET
 * (the link itself, which mail scanners fetch too) only shows a page with a button; the opt-out is
 * the POST, from that button or from a mail client's one-click unsubscribe (RFC 8058).
 */
public final class UnsubscribePage {

    private final SignedLinks links;
    private final Subscriptions subscriptions;
    private final String programName;
    private final Clock clock;

    public UnsubscribePage(SignedLinks links, Subscriptions subscriptions, String programName, Clock clock) {
        this.links = links;
        this.subscriptions = subscriptions;
        this.programName = programName;
        this.clock = clock;
    }

    /** GET: changes nothing. */
    public LinkPage page(String token) {
        if (links.verify(LinkPurpose.UNSUBSCRIBE, token).isEmpty()) {
            return LinkPage.broken(programName, "This link does not work",
                    "The unsubscribe link is incomplete, was changed or has expired. Use the link from a recent newsletter.");
        }
        return LinkPage.withButton(programName, "Unsubscribe from the newsletter",
                "Press the button to stop receiving the " + programName + " newsletter. Emails about your own "
                        + "application or match will still reach you.", "Unsubscribe", token);
    }

    /** POST: the opt-out; doing it again changes nothing. */
    public LinkPage unsubscribe(String token) {
        String subscriberId = links.verify(LinkPurpose.UNSUBSCRIBE, token)
                .orElseThrow(() -> new Malformed("The unsubscribe token is not valid or has expired."));
        boolean known = subscriptions.unsubscribe(subscriberId, clock.instant());
        Log.info("newsletter.unsubscribed", Map.of("known", known));
        return LinkPage.message(programName, "You are unsubscribed",
                "You will no longer receive the " + programName + " newsletter. Emails about your own application "
                        + "or match still reach you.");
    }
}
