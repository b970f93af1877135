package example.mentoring.person;

import example.mentoring.aws.AwsClients;
import example.mentoring.priming.Primer;
import example.mentoring.priming.PrimingRequest;

/**
 * Primes the people function before its SnapStart snapshot: both routes as a coordinator, for a
 * path that names nobody (404 before any table is read or the audit trail written), then both
 * services' whole path — every index query, scan and the account lookup — for an address that
 * has nothing, which finds nothing to show or erase (so nothing is written, and nothing audited:
 * the services are called beneath the audited routes); and, offline, both routes for an address:
 * the same paths with the audit trail's writes, none of which leaves the process.
 */
final class PeoplePriming extends Primer {

    /** Not of an address's shape: the routes answer 404 before the audit trail records an access. */
    static final String NOT_AN_ADDRESS = PrimingRequest.NO_SUCH_ID;

    /** An address no one can have (the reserved .invalid domain). */
    static final String NOBODY = "priming@example.invalid";

    private final PeopleHandler handler;

    PeoplePriming(PeopleHandler handler) {
        this.handler = handler;
    }

    @Override
    public void prime() {
        serve(handler,
                PrimingRequest.of("GET /people/{email}/data").asCoordinator().path("email", NOT_AN_ADDRESS),
                PrimingRequest.of("DELETE /people/{email}").asCoordinator().path("email", NOT_AN_ADDRESS));
        step("look up and erase nobody", handler.lookUpNobody);
        // offline (AwsClients.offline()), both routes for an address of its shape: past the 404, the audit's writes too
        AwsClients offline = handler.aws().offline();
        serve(new PeopleHandler(offline, offline.environment().clock()),
                PrimingRequest.of("GET /people/{email}/data").asCoordinator(),
                PrimingRequest.of("DELETE /people/{email}").asCoordinator());
    }
}
