/**
 * The program year of a match: the match as a resource its pair and the coordinators read (people,
 * status, goals, meeting summary), the pair's goals by ALSC competency, ending a match early (the
 * partner and the coordinators emailed through the outbox, the mentor's place freed for a rematch),
 * and the year's end, when every active match completes and its pair gets their year in figures.
 */
package example.mentoring.year;
