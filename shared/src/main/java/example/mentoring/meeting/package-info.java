/**
 * Meetings and engagement: matched pairs log their meetings; a per-match summary, updated in the
 * same transaction as each meeting, feeds the coordinators' engagement report and the weekly
 * nudge to pairs that went quiet.
 */
package example.mentoring.meeting;
