package example.mentoring.application;

import example.mentoring.link.LinkPage;
import example.mentoring.link.LinkPurpose;
import example.mentoring.link.SignedLinks;
import example.mentoring.log.Log;
import example.mentoring.outcome.Malformed;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The applicant's proof that the address is theirs: the acknowledgement carries a signed link
 * {@code {PublicBaseUrl}/applications/confirm?token=…} naming the application (cohort and
 * application id, never the address). A GET of it only shows a page with a button (mail scanners
 * fetch links); the POST confirms, idempotently. Matching leaves unconfirmed applications out.
 */
public final class EmailConfirmation {

    private final SignedLinks links;
    private final Applications applications;
    private final String publicBaseUrl;
    private final String programName;
    private final Clock clock;

    public EmailConfirmation(SignedLinks links, Applications applications, String publicBaseUrl, String programName,
                             Clock clock) {
        this.links = links;
        this.applications = applications;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
        this.programName = programName;
        this.clock = clock;
    }

    /** What confirmed applications answer. */
    public record Confirmed(String applicationId, String cohortId, boolean emailConfirmed) {
    }

    /** The link for the acknowledgement of this application. */
    public String url(String cohortId, String applicationId) {
        return publicBaseUrl + "/applications/confirm?token=" + links.sign(LinkPurpose.CONFIRM_EMAIL, cohortId + "/" + applicationId);
    }

    /** GET: changes nothing. */
    public LinkPage page(String token) {
        if (reference(token).isEmpty()) {
            return LinkPage.broken(programName, "This link does not work",
                    "The confirmation link is incomplete, was changed or has expired (links work for 30 days). "
                            + "Use the link from your acknowledgement email, or write to the program.");
        }
        return LinkPage.withButton(programName, "Confirm your email address",
                "Press the button to confirm that this address is yours and that you applied to " + programName
                        + ". We only match applicants whose address is confirmed.", "Confirm my email address", token);
    }

    /** POST: confirms; doing it again answers the same. */
    public Confirmed confirm(String token) {
        String[] reference = reference(token)
                .orElseThrow(() -> new Malformed("The confirmation token is not valid or has expired."));
        Application application = applications.confirmEmail(reference[0], reference[1], clock.instant())
                .orElseThrow(() -> new ApplicationNotFound("The application of this link no longer exists."));
        Log.info("application.emailConfirmed", Map.of("cohortId", application.cohortId(),
                "applicationId", application.applicationId()));
        return new Confirmed(application.applicationId(), application.cohortId(), true);
    }

    private Optional<String[]> reference(String token) {
        return links.verify(LinkPurpose.CONFIRM_EMAIL, token)
                .map(id -> id.split("/", -1))
                .filter(parts -> parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty());
    }
}
