package example.mentoring.outcome;

import java.util.List;

/** The caller is known but may not do this. */
public final class Forbidden extends Refusal {

    public Forbidden(String detail) {
        super(detail, List.of());
    }
}
