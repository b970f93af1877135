package example.mentoring.notification.email;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** One realistic message of each kind, shared by the tests. */
final class Examples {

    static final String PROGRAM = "Open Source Mentors";
    static final String MEETINGS_URL = "https://mentoring.example.org/pairs/42/meetings?tab=log&x=1";
    static final String LOG_MEETING_URL = "https://mentoring.example.org/pairs/42/meetings/new";
    static final String POST_URL = "https://mentoring.example.org/posts/spring-update";
    static final String CONFIRM_URL = "https://mentoring.example.org/applications/confirm?token=k1.abc.123.sig";
    static final String UNSUBSCRIBE_URL = "https://mentoring.example.org/unsubscribe?token=abc123";
    static final String REVIEW_URL = "https://mentoring.example.org/app/coordinate/review";
    static final String EDIT_URL = "https://mentoring.example.org/app/me/posts/p01abc";

    private Examples() {
    }

    static ApplicationAcknowledged applicationAcknowledged() {
        return new ApplicationAcknowledged(PROGRAM, "Katherine Johnson", "Fall 2026", ProgramRole.MENTEE,
                Instant.parse("2026-09-16T04:59:00Z"), ZoneId.of("America/Chicago"), "APP-2026-0042", CONFIRM_URL);
    }

    static MatchIntroduction matchIntroduction() {
        return new MatchIntroduction(PROGRAM, "Fall 2026", "Grace Hopper", "grace@example.org",
                "Ada Lovelace", "ada@example.org", ProgramRole.MENTEE, List.of("compilers", "math & poetry"),
                LocalDate.of(2026, 10, 5), MEETINGS_URL);
    }

    static WaitListNotice waitListNotice() {
        return new WaitListNotice(PROGRAM, "Fall 2026", "Alan Turing");
    }

    static InactivityNudge inactivityNudge() {
        return new InactivityNudge(PROGRAM, "Fall 2026", "Barbara Liskov", "Edsger Dijkstra", 23, LOG_MEETING_URL);
    }

    static Newsletter newsletter() {
        return new Newsletter(PROGRAM, "Margaret Hamilton", "Spring update: 40 new pairs",
                "<p>We matched <strong>40 new pairs</strong> this spring.</p>",
                "We matched 40 new pairs this spring.", POST_URL, UNSUBSCRIBE_URL);
    }

    static PostSubmitted postSubmitted() {
        return new PostSubmitted(PROGRAM, "Program coordinator", "What storytime taught me", "Marlowe Reyes", false, REVIEW_URL);
    }

    static PostReturned postReturned() {
        return new PostReturned(PROGRAM, "Marlowe Reyes", "What storytime taught me",
                "Lovely piece! Could you add a line on how you chose the books?", EDIT_URL);
    }

    static MatchEnded matchEnded() {
        return new MatchEnded(PROGRAM, "Fall 2026", "Barbara Liskov", "Edsger Dijkstra", false);
    }

    static MatchEndedReport matchEndedReport() {
        return new MatchEndedReport(PROGRAM, "Fall 2026", "coordinators", "Edsger Dijkstra", "Barbara Liskov", "MENTEE",
                "Our schedules <no longer> overlap.", "https://mentoring.example.org/app/matches/m42");
    }

    static YearClosing yearClosing() {
        return new YearClosing(PROGRAM, "Fall 2026", "Barbara Liskov", "Edsger Dijkstra", 11, 630, 3, 4, List.of(
                new YearClosing.ActivityCount("conversation", 9), new YearClosing.ActivityCount("mock-interview", 1)));
    }

    static ReapplyInvitation reapplyInvitation() {
        return new ReapplyInvitation(PROGRAM, "Marlowe Reyes", "Spring 2027", "Fall 2027", Instant.parse("2027-08-25T04:59:59Z"),
                ZoneId.of("America/Chicago"), "https://mentoring.example/app/reapply?token=k1.abc.1830000000.sig");
    }

    static AlumniInvitation alumniInvitation() {
        return new AlumniInvitation(PROGRAM, "Ann Mentor", "Fall 2027", Instant.parse("2027-08-25T04:59:59Z"),
                ZoneId.of("America/Chicago"), "https://mentoring.example.org/app/cohorts/fall-2027/apply", UNSUBSCRIBE_URL);
    }

    static MentorShortfall mentorShortfall() {
        return new MentorShortfall(PROGRAM, "Casey Coordinator", "Fall 2027", 12, 5, Instant.parse("2027-02-25T05:59:59Z"),
                ZoneId.of("America/Chicago"), "https://mentoring.example/app/coordinate/posts");
    }

    static List<EmailMessage> oneOfEachKind() {
        return List.of(applicationAcknowledged(), matchIntroduction(), waitListNotice(), inactivityNudge(), newsletter(),
                postSubmitted(), postReturned(), matchEnded(), matchEndedReport(), yearClosing(), reapplyInvitation(), alumniInvitation(),
                mentorShortfall());
    }
}
