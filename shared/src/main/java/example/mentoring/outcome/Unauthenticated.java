package example.mentoring.outcome;

import java.util.List;

/** Nobody is signed in where somebody must be. */
public final class Unauthenticated extends Refusal {

    public Unauthenticated() {
        super("A valid bearer token is required.", List.of());
    }
}
