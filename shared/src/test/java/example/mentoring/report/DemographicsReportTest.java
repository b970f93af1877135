package example.mentoring.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import example.mentoring.application.Application;
import example.mentoring.matchengine.Preferences;
import example.mentoring.notification.email.ProgramRole;
import example.mentoring.application.Vocabulary;
import example.mentoring.report.DemographicsReport.Counts;
import example.mentoring.report.DemographicsReport.FieldReport;
import example.mentoring.report.DemographicsReport.RoleReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Demographics report: counted per role and field, small counts never shown")
class DemographicsReportTest {

    static final String MENTOR = "MENTOR";
    static final String MENTEE = "MENTEE";

    static Application application(String id, String role, String gender, List<String> race, String region) {
        return new Application(id, "fall-2027", ProgramRole.valueOf(role), "Name " + id, id + "@example.org", "Library " + id, Optional.empty(),
                "PUBLIC", region, 3, true, role.equals(MENTEE) ? Optional.of("EARLY_CAREER") : Optional.empty(),
                true, false, List.of("storytime"), Optional.empty(), Optional.ofNullable(gender), Optional.empty(), race,
                Preferences.DEFAULT, 1, Instant.parse("2027-01-10T00:00:00Z"), Optional.empty());
    }

    static FieldReport field(RoleReport role, String name) {
        return role.fields().stream().filter(f -> f.field().equals(name)).findFirst().orElseThrow();
    }

    static Counts row(FieldReport field, String category) {
        return field.rows().stream().filter(r -> r.category().equals(category)).findFirst().orElseThrow();
    }

    /** Each cell is the true count, or hidden in the way its true count says ("<5" under 5, "suppressed" otherwise). */
    static void assertTruthful(Counts truth, Counts shown) {
        assertEquals(truth.category(), shown.category());
        List<Object> expected = java.util.Arrays.asList(truth.applicants(), truth.matched(), truth.waitListed(), truth.unmatched());
        List<Object> actual = java.util.Arrays.asList(shown.applicants(), shown.matched(), shown.waitListed(), shown.unmatched());
        for (int i = 0; i < 4; i++) {
            Object t = expected.get(i);
            Object a = actual.get(i);
            if (t == null || a instanceof Integer) {
                assertEquals(t, a, shown.toString());
            } else {
                assertEquals((Integer) t < 5 ? "<5" : "suppressed", a, shown.toString());
            }
        }
    }

    @Test
    @DisplayName("the categories are the API's vocabularies, plus NOT_GIVEN for optional fields and MULTIPLE for race/ethnicity")
    void vocabularies() {
        assertEquals(Vocabulary.GENDERS, Set.copyOf(DemographicsReport.GENDERS.subList(0, 5)));
        assertEquals(Vocabulary.REGIONS, Set.copyOf(DemographicsReport.REGIONS));
        assertEquals(Vocabulary.RACE_ETHNICITIES, Set.copyOf(DemographicsReport.RACE_ETHNICITIES.subList(0, 9)));
        assertEquals(Vocabulary.LIBRARY_TYPES, Set.copyOf(DemographicsReport.LIBRARY_TYPES));
        assertEquals(Vocabulary.CAREER_STAGES, Set.copyOf(DemographicsReport.CAREER_STAGES));
    }

    @Test
    @DisplayName("race/ethnicity counts each person once: one category in it, several in MULTIPLE, none in NOT_GIVEN")
    void raceEthnicityIsAPartition() {
        List<Application> applications = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            List<String> race = i < 7 ? List.of("WHITE") : i < 19 ? List.of("ASIAN", "WHITE") : i < 24 ? List.of("ASIAN") : List.of();
            applications.add(application("e" + i, MENTEE, "WOMAN", race, "MIDWEST"));
        }
        FieldReport race = field(DemographicsReport.of("fall-2027", false, applications, Set.of()).roles().get(0), "raceEthnicity");
        assertEquals(7, row(race, "WHITE").applicants());
        assertEquals(12, row(race, "MULTIPLE").applicants());
        assertEquals(5, row(race, "ASIAN").applicants());
        // The seven empty categories are "<5"; were the other four all shown, the total of 30 would
        // pin those to 0, so the smallest count that can give one away (6) is hidden as well.
        assertEquals("suppressed", row(race, "NOT_GIVEN").applicants());
        assertEquals("<5", row(race, "BLACK_AFRICAN_AMERICAN").applicants());
        assertEquals(11, race.rows().size());
    }

    @Test
    @DisplayName("before a confirmed run only applicants are counted; after, mentees are matched or wait-listed, mentors matched or unmatched")
    void outcomes() {
        List<Application> applications = new ArrayList<>();
        Set<String> matched = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            applications.add(application("e" + i, MENTEE, i % 2 == 0 ? "WOMAN" : "MAN", List.of(), "SOUTH"));
            if (i < 24) {
                matched.add("e" + i);
            }
        }
        for (int i = 0; i < 26; i++) {
            applications.add(application("m" + i, MENTOR, i % 3 == 0 ? null : "WOMAN", List.of("BLACK_AFRICAN_AMERICAN"), "WEST"));
            if (i < 24) {
                matched.add("m" + i);
            }
        }
        DemographicsReport before = DemographicsReport.of("fall-2027", false, applications, Set.of());
        Counts women = row(field(before.roles().get(0), "gender"), "WOMAN");
        assertTruthful(new Counts("WOMAN", 20, null, null, null), women);
        assertNull(women.matched());
        assertNull(women.waitListed());

        DemographicsReport after = DemographicsReport.of("fall-2027", true, applications, matched);
        RoleReport mentees = after.roles().get(0);
        assertEquals("MENTEE", mentees.role());
        assertEquals(new Counts(null, 40, 24, 16, null), mentees.totals());
        assertTruthful(new Counts("WOMAN", 20, 12, 8, null), row(field(mentees, "gender"), "WOMAN"));
        assertTruthful(new Counts("MAN", 20, 12, 8, null), row(field(mentees, "gender"), "MAN"));
        RoleReport mentors = after.roles().get(1);
        assertEquals(new Counts(null, 26, 24, "<5", null).applicants(), mentors.totals().applicants());
        assertEquals("<5", mentors.totals().unmatched());
        assertNull(mentors.totals().waitListed());
        assertEquals(List.of("gender", "region", "raceEthnicity", "libraryType"),
                mentors.fields().stream().map(FieldReport::field).toList(), "mentors give no career stage");
        Counts notGiven = row(field(mentors, "gender"), "NOT_GIVEN");
        assertEquals(9, notGiven.applicants());
        assertTrue(Stream.of(notGiven.matched(), notGiven.unmatched()).allMatch(c -> c instanceof String),
                "9 mentors without a gender, at most 2 unmatched: the unmatched is <5 and the matched must go too: " + notGiven);
    }

    @Test
    @DisplayName("no count under 5 appears as a number anywhere in the report")
    void noSmallNumbers() {
        List<Application> applications = new ArrayList<>();
        String[] regions = {"NORTHEAST", "MIDWEST", "SOUTH", "WEST", "CANADA", "INTERNATIONAL"};
        for (int i = 0; i < 57; i++) {
            applications.add(application("e" + i, i % 4 == 0 ? MENTOR : MENTEE,
                    i % 7 == 0 ? "NON_BINARY" : "WOMAN", i % 11 == 0 ? List.of("ASIAN") : List.of("WHITE"), regions[i % 6]));
        }
        Set<String> matched = new HashSet<>();
        applications.stream().limit(30).forEach(a -> matched.add(a.applicationId()));
        DemographicsReport report = DemographicsReport.of("fall-2027", true, applications, matched);
        report.roles().stream().flatMap(r -> Stream.concat(Stream.of(r.totals()), r.fields().stream().flatMap(f -> f.rows().stream())))
                .flatMap(c -> Stream.of(c.applicants(), c.matched(), c.waitListed(), c.unmatched()))
                .filter(c -> c instanceof Integer)
                .forEach(c -> assertTrue((Integer) c >= 5, "shown count " + c));
    }
}
