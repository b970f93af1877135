package example.mentoring.match;

import java.util.Optional;

/** One of a pair's goals for the year, optionally tied to an ALSC competency area. */
public record Goal(String goalId, String text, Optional<Competency> competency, Status status) {

    public enum Status { OPEN, DONE }

    public boolean done() {
        return status == Status.DONE;
    }
}
