/**
 * The AWS emulator harness: Moto in server mode serving one request at a time, the stack of
 * template.yaml provisioned in it, a JUnit extension that gives each test an empty one, the
 * sample events of events/ as fixtures, and a fault-injecting proxy in front of Moto for the
 * fault tests. Test and local-run support only; never deployed.
 */
package example.mentoring.emulator;
