package example.mentoring.outcome;

/** One failing field of a request: a JSON pointer (`/interests/2`) and what is wrong with it. */
public record FieldError(String field, String message) {
}
