package example.mentoring.checkin;

import example.mentoring.outcome.Conflict;

/** The cohort completed its year: its check-ins take no more answers (and keep the ones they have). */
public final class CheckInClosed extends Conflict {

    public CheckInClosed() {
        super("check-in-closed", "Check-in closed", "The program year of this check-in is over: answers can no longer be changed.");
    }
}
