/** Text helpers shared by features: URL slugs folded to ASCII. */
package example.mentoring.text;
