/**
 * The audit trail: who read demographic data, exported a cohort's data or erased a person, when,
 * and what. A read is answered only once its entry is stored ({@link Audit}).
 */
package example.mentoring.audit;
