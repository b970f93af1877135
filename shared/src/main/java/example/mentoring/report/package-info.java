/**
 * Coordinators' reports: the demographics report, with small counts suppressed so that no one can
 * be singled out from what it shows ({@link example.mentoring.report.ComplementarySuppression}).
 */
package example.mentoring.report;
