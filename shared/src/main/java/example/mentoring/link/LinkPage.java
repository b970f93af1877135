package example.mentoring.link;

import example.mentoring.http.ApiResponse;
import java.util.Map;

/**
 * The small HTML pages that signed links open. A link's GET only ever shows a page (mail scanners
 * fetch links); acting on it takes the page's button, a POST to the same URL. Pages are never
 * cached, send no referrer (the URL holds a token) and cannot be framed.
 */
public final class LinkPage {

    static final Map<String, String> HEADERS = Map.of(
            "content-type", "text/html; charset=utf-8",
            "cache-control", "no-store",
            "referrer-policy", "no-referrer",
            "content-security-policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'");

    private LinkPage() {
    }

    /** A page whose button POSTs the token back to the same path. */
    public static ApiResponse withButton(String programName, String title, String text, String button, String token) {
        return page(200, programName, title, text, """
                <form method="post" action="?token=%s"><button type="submit" style="font-size:1.1em;padding:.5em 1.2em">%s</button></form>
                """.formatted(escape(token), escape(button)));
    }

    public static ApiResponse message(int status, String programName, String title, String text) {
        return page(status, programName, title, text, "");
    }

    private static ApiResponse page(int status, String programName, String title, String text, String form) {
        String html = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex"><title>%s</title></head>
                <body style="font-family:sans-serif;max-width:36em;margin:3em auto;padding:0 1em">
                <h1>%s</h1><p>%s</p>%s<p>%s</p></body></html>
                """.formatted(escape(title), escape(title), escape(text), form, escape(programName));
        return new ApiResponse(status, HEADERS, html);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
