package example.mentoring.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import example.mentoring.access.Principal;
import example.mentoring.application.ApplicationForm;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.NewCohort;
import example.mentoring.matchengine.Preferences;
import example.mentoring.meeting.MeetingForm;
import example.mentoring.notification.email.ProgramRole;
import example.mentoring.text.ReadableTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

@DisplayName("Commands cannot exist invalid, whoever builds them; a principal's rights are refusals, not HTTP")
class CommandInvariantsTest {

    private static String refusedField(Executable build) {
        return assertThrows(Invalid.class, build).errors().get(0).field();
    }

    @Test
    @DisplayName("a new cohort keeps its dates in order and its capacity 1–3")
    void newCohort() {
        Instant opens = Instant.parse("2027-01-10T00:00:00Z");
        Instant deadline = Instant.parse("2027-02-25T05:59:59Z");
        LocalDate start = LocalDate.parse("2027-03-15");
        assertEquals("/programEnd", refusedField(() -> new NewCohort(new CohortId("fall-2027"), "Fall 2027", opens,
                deadline, start, start.minusDays(1), 2, ReadableTime.DEFAULT_ZONE)));
        assertEquals("/applicationDeadline", refusedField(() -> new NewCohort(new CohortId("fall-2027"), "Fall 2027",
                deadline, opens, start, start.plusMonths(6), 2, ReadableTime.DEFAULT_ZONE)));
        assertEquals("/defaultMentorCapacity", refusedField(() -> new NewCohort(new CohortId("fall-2027"), "Fall 2027",
                opens, deadline, start, start.plusMonths(6), 4, ReadableTime.DEFAULT_ZONE)));
    }

    @Test
    @DisplayName("a meeting lasts 1–600 minutes in a known format")
    void meeting() {
        assertEquals("/durationMinutes", refusedField(() -> new MeetingForm(LocalDate.parse("2027-05-01"), 0, "PHONE",
                List.of(), Optional.empty())));
        assertEquals("/format", refusedField(() -> new MeetingForm(LocalDate.parse("2027-05-01"), 30, "CARRIER_PIGEON",
                List.of(), Optional.empty())));
    }

    @Test
    @DisplayName("an application keeps the program's rules: mentors are members, mentees adults or consented")
    void application() {
        assertEquals("/alscMember", refusedField(() -> new ApplicationForm(ProgramRole.MENTOR, "Dana", "dana@example.net", "Library",
                Optional.empty(), "PUBLIC", "MIDWEST", 12, false, Optional.empty(), true, false, List.of("storytime"),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Preferences.DEFAULT, Optional.empty())));
        assertEquals("/ageConfirmed18", refusedField(() -> new ApplicationForm(ProgramRole.MENTEE, "Pat", "pat@example.org", "Library",
                Optional.empty(), "PUBLIC", "MIDWEST", 1, false, Optional.of("STUDENT"), false, false,
                List.of("storytime"), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Preferences.DEFAULT,
                Optional.empty())));
    }

    @Test
    @DisplayName("only a signed-in coordinator passes requireCoordinator")
    void principal() {
        assertThrows(Unauthenticated.class, Principal.ANONYMOUS::requireCoordinator);
        assertThrows(Forbidden.class, new Principal(Optional.of("pat@example.org"), true, false)::requireCoordinator);
        assertEquals(Optional.empty(), new Principal(Optional.of("pat@example.org"), false, true).verifiedEmail());
    }
}
