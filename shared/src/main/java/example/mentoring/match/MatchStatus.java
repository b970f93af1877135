package example.mentoring.match;

/**
 * Where a match stands in the program year: ACTIVE from its confirmation; ENDED when a participant
 * or a coordinator ended it early (the mentee may then be rematched, the mentor's place is free);
 * COMPLETED when the year ran its course (the cohort's {@code programEnd}).
 */
public enum MatchStatus { ACTIVE, ENDED, COMPLETED }
