package example.mentoring.meeting;

import example.mentoring.access.Principal;
import example.mentoring.aws.Transactions.ConditionsFailed;
import example.mentoring.aws.Transactions;
import example.mentoring.paging.Page;
import example.mentoring.log.Log;
import example.mentoring.match.Match;
import example.mentoring.match.MatchNotFound;
import example.mentoring.match.MatchStatus;
import example.mentoring.match.Matches;
import example.mentoring.notification.email.ProgramRole;
import example.mentoring.outcome.ConcurrentUpdate;
import example.mentoring.text.Digests;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pairs log their meetings; participants and coordinators read them. A match's existence is
 * private: to anyone else it answers 404. A pair's meeting is the meeting of its day: the first
 * log stores it in one transaction with the match's summary (optimistically versioned, retried on a
 * concurrent update); the partner's log of the same day confirms it without counting it again;
 * a participant's repeated log (a retry) stores nothing new and answers with the day's meeting.
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

    public Meeting log(String matchId, Principal caller, MeetingForm form) {
        caller.requireAuthenticated();
        // An unverified email is a stranger's: the same 404 as for anyone outside the pair.
        String email = caller.verifiedEmail().orElseThrow(MeetingLog::noSuchMatch);
        Match match = matches.find(matchId).filter(m -> m.hasParticipant(email)).orElseThrow(MeetingLog::noSuchMatch);
        Instant now = clock.instant();
        Optional<LocalDate> endedOn = match.status() == MatchStatus.ENDED
                ? match.ending().map(ending -> LocalDate.ofInstant(ending.endedAt(), EARLIEST_ZONE)) : Optional.empty();
        form.checkAgainst(match.startsOn(), LocalDate.ofInstant(now, EARLIEST_ZONE), endedOn);
        Meeting.LoggedBy by = new Meeting.LoggedBy(email, (match.mentorEmail().equals(email) ? ProgramRole.MENTOR : ProgramRole.MENTEE).name(), now);
        for (int attempt = 1; ; attempt++) {
            Optional<Meeting> logged = meetings.find(matchId, form.occurredOn());
            try {
                if (logged.isEmpty()) {
                    return logFirst(match, form, by);
                }
                if (logged.get().loggedBy(email)) {
                    return logged.get(); // a retry, or a second log of the same day: the day's meeting
                }
                transactions.write(List.of(meetings.confirm(logged.get(), by)));
                Log.info("meeting.confirmed", Map.of("matchId", matchId, "meetingId", logged.get().meetingId()));
                return logged.get().confirmedBy(by);
            } catch (ConditionsFailed changedMeanwhile) {
                // the partner logged the same day, or another meeting moved the summary: read again
                if (attempt == ATTEMPTS) {
                    throw new ConcurrentUpdate("The match was being updated by others; try again.");
                }
            }
        }
    }

    /** The day's first log: the meeting and the summary that now counts it, together. */
    private Meeting logFirst(Match match, MeetingForm form, Meeting.LoggedBy by) {
        Meeting meeting = new Meeting(meetingIdOf(match.matchId(), form.occurredOn()), match.matchId(), form.occurredOn(),
                form.durationMinutes(), form.format(), form.activities(), form.notes(), List.of(by), by.at());
        MatchEngagement before = meetings.engagement(match.matchId());
        transactions.write(List.of(meetings.add(meeting), meetings.replaceSummary(before, before.with(meeting))));
        Log.info("meeting.logged", Map.of("matchId", match.matchId(), "meetingId", meeting.meetingId()));
        return meeting;
    }

    public Page<Meeting> list(String matchId, Principal caller, Page.Request page) {
        caller.requireAuthenticated();
        matches.find(matchId)
                .filter(m -> caller.isCoordinator() || caller.verifiedEmail().filter(m::hasParticipant).isPresent())
                .orElseThrow(MeetingLog::noSuchMatch);
        return meetings.list(matchId, page);
    }

    private static MatchNotFound noSuchMatch() {
        return new MatchNotFound();
    }

    /** A pair meets once a day: the meeting's id follows from the match and the day. */
    static String meetingIdOf(String matchId, LocalDate occurredOn) {
        return Digests.sha256Hex(matchId + "\n" + occurredOn, 10);
    }
}
