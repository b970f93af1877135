package example.mentoring.http;

import example.mentoring.outcome.Conflict;

/** A CSV export larger than one function response can carry (409 {@code export-too-large}). */
public final class ExportTooLarge extends Conflict {

    public ExportTooLarge(String detail) {
        super("export-too-large", "Export too large", detail);
    }
}
