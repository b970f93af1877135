package example.mentoring.http;

import java.util.List;

/**
 * An RFC 9457 problem: thrown anywhere a request cannot be served as asked, turned into an
 * {@code application/problem+json} response by {@link Problems} at the edge.
 */
public class Problem extends RuntimeException {

    public static final String TYPE_PREFIX = "https://mentoring.example/problems/";

    private final int status;
    private final String slug;
    private final String title;
    private final List<FieldError> errors;

    public Problem(int status, String slug, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static Problem badRequest(String detail) {
        return new Problem(400, "malformed-request", "Malformed request", detail, List.of());
    }

    public static Problem unauthorized() {
        return new Problem(401, "unauthorized", "Unauthorized",
                "A valid bearer token is required.", List.of());
    }

    public static Problem forbidden(String detail) {
        return new Problem(403, "forbidden", "Forbidden", detail, List.of());
    }

    public static Problem notFound(String detail) {
        return new Problem(404, "not-found", "Not found", detail, List.of());
    }

    public static Problem conflict(String slug, String title, String detail) {
        return new Problem(409, slug, title, detail, List.of());
    }

    public static Problem validation(List<FieldError> errors) {
        return new Problem(422, "validation-failed", "Validation failed",
                errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.", errors);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }
}
