/**
 * A person across the program's tables, by email address: everything held about them
 * ({@link PersonData}) and their erasure ({@link PersonErasure}).
 */
package example.mentoring.person;
