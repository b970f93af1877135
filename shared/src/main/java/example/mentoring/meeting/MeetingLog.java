package example.mentoring.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.aws.Transactions;
import example.mentoring.aws.Transactions.ConditionsFailed;
import example.mentoring.http.Caller;
import example.mentoring.http.Page;
import example.mentoring.http.Problem;
import example.mentoring.log.Log;
import example.mentoring.match.Match;
import example.mentoring.match.Matches;
import example.mentoring.text.Digests;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Pairs log their meetings; participants and coordinators read them. A match's existence is
 * private: to anyone else it answers 404. Each meeting is stored in one transaction with its
 * match's summary (optimistically versioned, retried on a concurrent update). A meeting's id
 * follows from its content and its author, so logging the very same meeting again (a retry) stores
 * nothing new and answers with the meeting already logged.
 */
public final class MeetingLog {

    static final int ATTEMPTS = 5;
    /** UTC+14: the earliest time zone. A meeting "today" anywhere is not in the future. */
    static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    private final Matches matches;
    private final Meetings meetings;
    private final Transactions transactions;
    private final Clock clock;

    public MeetingLog(Matches matches, Meetings meetings, Transactions transactions, Clock clock) {
        this.matches = matches;
        this.meetings = meetings;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Meeting log(String matchId, Caller caller, JsonNode body) {
        caller.requireAuthenticated();
        // An unverified email is a stranger's: the same 404 as for anyone outside the pair.
        String email = caller.verifiedEmail().orElseThrow(MeetingLog::noSuchMatch);
        Match match = matches.find(matchId).filter(m -> m.hasParticipant(email)).orElseThrow(MeetingLog::noSuchMatch);
        Instant now = clock.instant();
        MeetingForm form = MeetingForm.read(body, match.startsOn(), LocalDate.ofInstant(now, EARLIEST_ZONE));
        String role = match.mentorEmail().equals(email) ? "MENTOR" : "MENTEE";
        Meeting meeting = new Meeting(meetingIdOf(matchId, email, form), matchId, form.occurredOn(),
                form.durationMinutes(), form.format(), form.activities(), form.notes(), email, role, now);
        for (int attempt = 1; ; attempt++) {
            MatchEngagement before = meetings.engagement(matchId);
            try {
                transactions.write(java.util.List.of(
                        meetings.add(meeting), meetings.replaceSummary(before, before.with(meeting))));
                Log.info("meeting.logged", Map.of("matchId", matchId, "meetingId", meeting.meetingId()));
                return meeting;
            } catch (ConditionsFailed refused) {
                if (refused.failedAt(0)) {
                    return meetings.find(matchId, Meetings.sortKey(meeting)).orElseThrow();
                }
                if (attempt == ATTEMPTS) {
                    throw Problem.conflict("concurrent-update", "Concurrent update",
                            "The match was being updated by others; try again.");
                }
            }
        }
    }

    public Page<Meeting> list(String matchId, Caller caller, Page.Request page) {
        caller.requireAuthenticated();
        matches.find(matchId)
                .filter(m -> caller.isCoordinator() || caller.verifiedEmail().filter(m::hasParticipant).isPresent())
                .orElseThrow(MeetingLog::noSuchMatch);
        return meetings.list(matchId, page);
    }

    private static Problem noSuchMatch() {
        return Problem.notFound("No such match.");
    }

    static String meetingIdOf(String matchId, String email, MeetingForm form) {
        String content = String.join("\n", matchId, email, form.occurredOn().toString(),
                Integer.toString(form.durationMinutes()), form.format(), String.join(",", form.activities()),
                form.notes().orElse(""));
        return Digests.sha256Hex(content, 10);
    }
}
