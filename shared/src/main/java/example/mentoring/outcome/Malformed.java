package example.mentoring.outcome;

import java.util.List;

/** The request cannot be read at all (not JSON, too big a body, a link token that does not verify). */
public final class Malformed extends Refusal {

    public Malformed(String detail) {
        super(detail, List.of());
    }
}
