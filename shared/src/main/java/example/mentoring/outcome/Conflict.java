package example.mentoring.outcome;

import java.util.List;

/**
 * The request is well-formed but the state of things refuses it. Each reason is a subclass with a
 * stable {@link #code()} (the problem type's last segment, e.g. {@code cohort-not-open}) and title.
 */
public abstract non-sealed class Conflict extends Refusal {

    private final String code;
    private final String title;

    protected Conflict(String code, String title, String detail) {
        super(detail, List.of());
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }
}
