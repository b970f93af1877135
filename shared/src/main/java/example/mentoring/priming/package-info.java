/**
 * SnapStart priming: each function's {@link example.mentoring.priming.Primer} runs its request
 * path once, without side effects, before Lambda takes the snapshot (the CRaC runtime hook).
 */
package example.mentoring.priming;
