package example.mentoring.post;

/**
 * Whom a post may be signed by. A coordinator writes any byline ("Program Coordinators"); a
 * participant's byline is the name on their application, so nobody signs as someone else.
 */
sealed interface Byline {

    /** A coordinator's: free text, required. */
    record Free() implements Byline {
    }

    /** A participant's: their application's name; a different one is refused, none means this one. */
    record OfApplication(String name) implements Byline {
    }
}
