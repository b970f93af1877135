package example.mentoring.meeting;

import example.mentoring.priming.Primer;
import example.mentoring.priming.PrimingRequest;

/**
 * Primes the log-meeting function before its SnapStart snapshot: every route once, for a match or
 * cohort that does not exist (a read, then 404), the meeting's body included.
 */
final class LogMeetingPriming extends Primer {

    static final String MEETING = """
            {"occurredOn": "2027-04-02", "durationMinutes": 45, "format": "VIDEO", "activities": ["conversation"],
             "notes": "Priming."}""";
    static final String GOALS = """
            {"goals": [{"text": "Priming.", "competency": "PROGRAMMING_SKILLS", "status": "OPEN"}]}""";
    static final String END = """
            {"reason": "Priming."}""";

    private final LogMeetingHandler handler;

    LogMeetingPriming(LogMeetingHandler handler) {
        this.handler = handler;
    }

    @Override
    public void prime() {
        serve(handler,
                PrimingRequest.of("POST /matches/{matchId}/meetings").asParticipant().body(MEETING),
                PrimingRequest.of("GET /matches/{matchId}/meetings").asParticipant(),
                PrimingRequest.of("GET /cohorts/{cohortId}/engagement").asCoordinator(),
                PrimingRequest.of("GET /matches/{matchId}").asParticipant(),
                PrimingRequest.of("PUT /matches/{matchId}/goals").asParticipant().body(GOALS),
                PrimingRequest.of("POST /matches/{matchId}/end").asParticipant().body(END));
    }
}
