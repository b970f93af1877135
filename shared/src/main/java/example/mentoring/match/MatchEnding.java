package example.mentoring.match;

import java.time.Instant;

/**
 * How a match ended early: when, by whom ({@code MENTOR}, {@code MENTEE} or {@code COORDINATOR}),
 * and why. The reason is for coordinators only: never shown to the pair, never logged.
 */
public record MatchEnding(Instant endedAt, String endedBy, String reason) {

    public static final String BY_COORDINATOR = "COORDINATOR";
}
