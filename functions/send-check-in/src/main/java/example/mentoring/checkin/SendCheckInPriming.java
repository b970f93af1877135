package example.mentoring.checkin;

import example.mentoring.priming.Primer;

/**
 * Primes the send-check-in function before its SnapStart snapshot: its schedule's event for a
 * check-in that does not exist (a read; nothing to send), through the handler.
 */
final class SendCheckInPriming extends Primer {

    static final String EVENT = "{\"checkInId\": \"00000000000000000000000000\"}";

    private final SendCheckInHandler handler;

    SendCheckInPriming(SendCheckInHandler handler) {
        this.handler = handler;
    }

    @Override
    public void prime() {
        serve(handler, "schedule", EVENT);
    }
}
