/** The cold-start benchmark: whole-process timings of each function beside a bare GetItem. */
package example.mentoring.coldstart;
