/**
 * Check-ins: short surveys coordinators schedule for a cohort's matched participants. On the
 * check-in's day a one-time schedule sends each participant of an active match one email with a
 * signed personal link (no login); the holder reads the questions and answers (again, until the
 * cohort completes); coordinators read results in which no figure comes from fewer than five
 * respondents and no answer carries a name. Questions and answers never reach a log line.
 */
package example.mentoring.checkin;
