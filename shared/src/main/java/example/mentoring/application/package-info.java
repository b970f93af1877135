/**
 * Applications: validated forms, stored atomically with the cohort's open check, the uniqueness of
 * (role, email) in the cohort and the acknowledgement email. Demographic fields stay private.
 */
package example.mentoring.application;
