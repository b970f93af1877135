package example.mentoring.meeting;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Transactions;
import example.mentoring.cohort.Cohort;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.Cohorts;
import example.mentoring.match.Match;
import example.mentoring.match.Matches;
import example.mentoring.priming.Primer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import example.mentoring.priming.PrimingRequest;

/**
 * Primes the log-meeting function before its SnapStart snapshot: every route once, for a match or
 * cohort that does not exist (a read, then 404), the meeting's body included; then, offline, the
 * pair's routes on a cohort and match that the offline clients were given first.
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
        step("a match's routes, offline", this::offline);
    }

    /**
     * Past the 404s above, offline ({@link AwsClients#offline()}): a cohort and a match whose mentor
     * is the priming caller are put, and each of the pair's routes is served as the pair would use it.
     */
    private void offline() {
        AwsClients offline = handler.aws().offline();
        Clock clock = offline.environment().clock();
        Cohort cohort = new Cohort(new CohortId(PrimingRequest.NO_SUCH_ID), "Priming", Instant.EPOCH, Instant.EPOCH,
                LocalDate.EPOCH, LocalDate.EPOCH.plusYears(100), 2, ZoneOffset.UTC, Instant.EPOCH, Optional.empty(),
                Optional.empty(), Cohort.ApplicationCounts.NONE);
        Match match = new Match(PrimingRequest.NO_SUCH_MATCH, PrimingRequest.NO_SUCH_ID, PrimingRequest.NO_SUCH_ID,
                PrimingRequest.NO_SUCH_ID, PrimingRequest.NO_SUCH_ID, "Priming", PrimingRequest.CALLER, "Priming",
                "mentee@example.invalid", 1, List.of("storytime"), LocalDate.EPOCH, Instant.EPOCH);
        new Transactions(offline).write(List.of(new Cohorts(offline).newCohort(cohort), new Matches(offline).add(match)));
        String yesterday = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1).toString();
        serve(new LogMeetingHandler(offline, clock),
                PrimingRequest.of("GET /matches/{matchId}/meetings").asParticipant(),
                PrimingRequest.of("GET /matches/{matchId}").asParticipant(),
                PrimingRequest.of("POST /matches/{matchId}/meetings").asParticipant().header("Idempotency-Key", "priming")
                        .body(MEETING.replace("2027-04-02", yesterday)),
                PrimingRequest.of("PUT /matches/{matchId}/goals").asParticipant().body(GOALS),
                PrimingRequest.of("POST /matches/{matchId}/end").asParticipant().body(END));
    }
}
