package example.mentoring.matchengine;

/** The problem contradicts itself (unknown or duplicate ids, impossible locks); nothing was matched. */
public class InvalidMatchingProblem extends IllegalArgumentException {
    public InvalidMatchingProblem(String message) {
        super(message);
    }
}
