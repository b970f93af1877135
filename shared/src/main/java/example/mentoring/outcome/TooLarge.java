package example.mentoring.outcome;

import java.util.List;

/** What the request would store does not fit; {@link #code()} names what, the errors which field to shorten. */
public abstract non-sealed class TooLarge extends Refusal {

    private final String code;
    private final String title;

    protected TooLarge(String code, String title, String detail, List<FieldError> errors) {
        super(detail, errors);
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
