package example.mentoring.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import example.mentoring.http.Problem;
import example.mentoring.http.Problems;
import example.mentoring.json.Json;
import example.mentoring.outcome.FieldError;
import example.mentoring.outcome.Refusal;
import example.mentoring.text.ReadableTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Creating a cohort checks every field and names each bad one")
class NewCohortTest {

    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    static NewCohort parse(String json) {
        return NewCohort.from(Json.parseBody(json), NOW, ReadableTime.DEFAULT_ZONE);
    }

    static List<String> badFields(String json) {
        Problem problem = Problems.of(assertThrows(Refusal.class, () -> parse(json)));
        assertEquals(422, problem.status());
        return problem.errors().stream().map(FieldError::field).toList();
    }

    @Test
    @DisplayName("a complete request gives a cohort whose id is the slug of its name")
    void valid() {
        NewCohort cohort = parse("""
                {"name": "  Fall 2027 — Bibliothèque  ", "opensAt": "2027-01-15T00:00:00-06:00",
                 "applicationDeadline": "2027-02-24T23:59:59-06:00", "programStart": "2027-03-15",
                 "programEnd": "2028-03-14"}""");
        assertEquals("fall-2027-bibliotheque", cohort.id().value());
        assertEquals("Fall 2027 — Bibliothèque", cohort.name());
        assertEquals(Instant.parse("2027-02-25T05:59:59Z"), cohort.applicationDeadline());
        assertEquals(NewCohort.DEFAULT_MENTOR_CAPACITY, cohort.defaultMentorCapacity());
        assertEquals(ReadableTime.DEFAULT_ZONE, cohort.timeZone(), "without one, the program's time zone");
    }

    @Test
    @DisplayName("a cohort names its time zone by its IANA id; anything else is a 422 on /timeZone")
    void timeZone() {
        String base = """
                {"name": "Fall 2027", "opensAt": "2027-01-15T00:00:00-06:00",
                 "applicationDeadline": "2027-02-24T23:59:59-06:00", "programStart": "2027-03-15",
                 "programEnd": "2028-03-14", "timeZone": %s}""";
        assertEquals(ZoneId.of("America/Los_Angeles"), parse(base.formatted("\"America/Los_Angeles\"")).timeZone());
        for (String bad : List.of("\"Central Time\"", "\"CST\"", "\"+05:00\"", "\"\"", "42", "\"america/chicago\"")) {
            assertEquals(List.of("/timeZone"), badFields(base.formatted(bad)), bad);
        }
    }

    @Test
    @DisplayName("missing, mistyped and unknown fields are all reported at once")
    void everyBadField() {
        assertEquals(List.of("/colour", "/cohortId", "/name", "/opensAt", "/applicationDeadline", "/programStart",
                        "/programEnd", "/defaultMentorCapacity"),
                badFields("""
                        {"cohortId": "Fall 2027!", "name": 42, "opensAt": "yesterday",
                         "applicationDeadline": "2027-02-24", "programStart": "15/03/2027",
                         "defaultMentorCapacity": 4, "colour": "blue"}"""));
    }

    @Test
    @DisplayName("dates must come in order and the deadline must lie ahead")
    void datesInOrder() {
        assertEquals(List.of("/applicationDeadline", "/applicationDeadline", "/programStart", "/programEnd"),
                badFields("""
                        {"name": "Spring", "opensAt": "2026-12-01T00:00:00Z",
                         "applicationDeadline": "2026-11-01T00:00:00Z", "programStart": "2026-10-01",
                         "programEnd": "2026-09-01"}"""));
    }

    @Test
    @DisplayName("a body that is not an object is refused")
    void notAnObject() {
        assertEquals("", badFields("[1, 2]").getFirst());
    }
}
