package example.mentoring.checkin;

import example.mentoring.link.LinkPurpose;
import example.mentoring.link.SignedLinks;
import java.util.Optional;

/**
 * The personal link of a check-in's email, {@code {PublicBaseUrl}/app/check-ins/<checkInId>?token=…}:
 * the web app's answer page. The token names the check-in and the recipient's opaque id, never
 * the address; a token made for one check-in opens no other.
 */
public final class CheckInLinks {

    private final SignedLinks links;
    private final String publicBaseUrl;

    public CheckInLinks(SignedLinks links, String publicBaseUrl) {
        this.links = links;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    String url(String checkInId, String respondentId) {
        return publicBaseUrl + "/app/check-ins/" + checkInId + "?token=" + links.sign(LinkPurpose.CHECK_IN, checkInId + "/" + respondentId);
    }

    /** The respondent id a genuine, unexpired token for this check-in names. */
    Optional<String> respondentOf(String checkInId, String token) {
        return links.verify(LinkPurpose.CHECK_IN, token)
                .map(id -> id.split("/", -1))
                .filter(parts -> parts.length == 2 && parts[0].equals(checkInId) && !parts[1].isEmpty())
                .map(parts -> parts[1]);
    }
}
