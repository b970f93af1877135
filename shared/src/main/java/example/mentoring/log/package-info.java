/** Structured JSON logging that carries the request id and never personal data. */
package example.mentoring.log;
