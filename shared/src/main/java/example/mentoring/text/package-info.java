/**
 * Text helpers shared by features: URL slugs folded to ASCII, digests, email addresses, and
 * {@link example.mentoring.text.ReadableTime}, the one way dates and times are written for people
 * (in the cohort's time zone, "Friday, February 24, 2017, 11:59 PM CST").
 */
package example.mentoring.text;
