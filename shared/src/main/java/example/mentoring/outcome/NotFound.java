package example.mentoring.outcome;

import java.util.List;

/** What the request names does not exist, or is not the caller's to know of. */
public non-sealed class NotFound extends Refusal {

    public NotFound(String detail) {
        super(detail, List.of());
    }
}
