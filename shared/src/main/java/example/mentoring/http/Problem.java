package example.mentoring.http;

import example.mentoring.outcome.FieldError;
import java.util.List;

/**
 * An RFC 9457 problem as the API answers it: status, type slug, title, detail and the failing
 * fields. Made only by {@link Problems}, from a domain refusal or an unexpected failure.
 */
public record Problem(int status, String slug, String title, String detail, List<FieldError> errors) {

    public static final String TYPE_PREFIX = "https://mentoring.example/problems/";

    public Problem {
        errors = List.copyOf(errors);
    }
}
