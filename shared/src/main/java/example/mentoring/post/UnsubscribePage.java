package example.mentoring.post;

import example.mentoring.http.ApiResponse;
import example.mentoring.http.Problem;
import example.mentoring.log.Log;
import java.time.Clock;
import java.util.Map;

/**
 * The newsletter opt-out, without a login: the link's signed token names the address. The link
 * answers with a small page; mail clients' one-click button (RFC 8058) POSTs to the same URL.
 */
public final class UnsubscribePage {

    private final UnsubscribeTokens tokens;
    private final Subscriptions subscriptions;
    private final String programName;
    private final Clock clock;

    public UnsubscribePage(UnsubscribeTokens tokens, Subscriptions subscriptions, String programName, Clock clock) {
        this.tokens = tokens;
        this.subscriptions = subscriptions;
        this.programName = programName;
        this.clock = clock;
    }

    public ApiResponse confirm(String token) {
        return tokens.verify(token).map(email -> {
            subscriptions.unsubscribe(email, clock.instant());
            Log.info("newsletter.unsubscribed", Map.of());
            return page(200, "You are unsubscribed",
                    "You will no longer receive the " + programName + " newsletter. Emails about your own application "
                            + "or match still reach you.");
        }).orElseGet(() -> page(400, "This link does not work",
                "The unsubscribe link is incomplete or was changed. Use the link from the newsletter itself."));
    }

    public ApiResponse oneClick(String token) {
        String email = tokens.verify(token).orElseThrow(() -> Problem.badRequest("The unsubscribe token is not valid."));
        subscriptions.unsubscribe(email, clock.instant());
        Log.info("newsletter.unsubscribed", Map.of("oneClick", true));
        return ApiResponse.noContent();
    }

    private ApiResponse page(int status, String title, String text) {
        String html = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title></head>
                <body style="font-family:sans-serif;max-width:36em;margin:3em auto;padding:0 1em">
                <h1>%s</h1><p>%s</p><p>%s</p></body></html>
                """.formatted(escape(title), escape(title), escape(text), escape(programName));
        return new ApiResponse(status, Map.of("content-type", "text/html; charset=utf-8", "cache-control", "no-store"), html);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
