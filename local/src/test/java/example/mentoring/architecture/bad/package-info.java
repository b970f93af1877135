/**
 * Deliberately bad classes, laid out like the real packages under their own root, so that
 * {@code ArchitectureTest} can show that every rule fails when the code breaks it. Never used.
 */
package example.mentoring.architecture.bad;
