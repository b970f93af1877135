/**
 * Recruiting mentors, the program's scarcest people: invitations to alumni ({@link AlumniInvitations}).
 */
package example.mentoring.recruitment;
