package example.mentoring.person;

import example.mentoring.priming.Primer;
import example.mentoring.priming.PrimingRequest;

/**
 * Primes the people function before its SnapStart snapshot: both routes as a coordinator, for a
 * path that names nobody (404 before any table is read or the audit trail written).
 */
final class PeoplePriming extends Primer {

    private final PeopleHandler handler;

    PeoplePriming(PeopleHandler handler) {
        this.handler = handler;
    }

    @Override
    public void prime() {
        serve(handler,
                PrimingRequest.of("GET /people/{email}/data").asCoordinator(),
                PrimingRequest.of("DELETE /people/{email}").asCoordinator());
    }
}
