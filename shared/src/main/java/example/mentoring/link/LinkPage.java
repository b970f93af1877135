package example.mentoring.link;

/**
 * The small HTML pages that signed links open. A link's GET only ever shows a page (mail scanners
 * fetch links); acting on it takes the page's button, a POST to the same URL. {@code works} is
 * false for a link that is incomplete, changed or expired; the HTTP edge
 * ({@code ApiResponse.linkPage}) answers it 400 and every page uncached, without referrer, unframed.
 */
public record LinkPage(boolean works, String html) {

    /** A page whose button POSTs the token back to the same path. */
    public static LinkPage withButton(String programName, String title, String text, String button, String token) {
        return new LinkPage(true, html(programName, title, text, """
                <form method="post" action="?token=%s"><button type="submit" style="font-size:1.1em;padding:.5em 1.2em">%s</button></form>
                """.formatted(escape(token), escape(button))));
    }

    /** What happened, after the button. */
    public static LinkPage message(String programName, String title, String text) {
        return new LinkPage(true, html(programName, title, text, ""));
    }

    /** The link does not work: why, and what to do instead. */
    public static LinkPage broken(String programName, String title, String text) {
        return new LinkPage(false, html(programName, title, text, ""));
    }

    private static String html(String programName, String title, String text, String form) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex"><title>%s</title></head>
                <body style="font-family:sans-serif;max-width:36em;margin:3em auto;padding:0 1em">
                <h1>%s</h1><p>%s</p>%s<p>%s</p></body></html>
                """.formatted(escape(title), escape(title), escape(text), form, escape(programName));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
