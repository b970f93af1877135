package example.mentoring.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import example.mentoring.http.Problem;
import example.mentoring.http.Problems;
import example.mentoring.json.Json;
import example.mentoring.matchengine.Preferences;
import example.mentoring.outcome.FieldError;
import example.mentoring.outcome.Refusal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An application form is checked field by field, every failure named at once")
class ApplicationFormTest {

    static final Instant NOW = Instant.parse("2027-02-01T12:00:00Z");

    static ObjectNode mentee() {
        return (ObjectNode) Json.parseBody("""
                {"role": "MENTEE", "name": "  Marlowe Reyes ", "email": "Marlowe@Example.org",
                 "institution": "Springfield Public Library", "position": "Youth Services Librarian",
                 "libraryType": "PUBLIC", "region": "MIDWEST", "yearsExperience": 1, "alscMember": false,
                 "careerStage": "EARLY_CAREER", "ageConfirmed18": true, "guardianConsent": false,
                 "interests": ["storytime", "mock-interviews"], "goals": "Plan a summer reading program.",
                 "gender": "WOMAN", "raceEthnicity": ["HISPANIC_LATINO"],
                 "preferences": {"region": "SAME", "gender": "ANY", "raceEthnicity": "SHARED"}}""");
    }

    static ObjectNode mentor() {
        return (ObjectNode) Json.parseBody("""
                {"role": "MENTOR", "name": "Dana Whitfield", "email": "dana@example.net",
                 "institution": "Riverside County Library", "libraryType": "PUBLIC", "region": "WEST",
                 "yearsExperience": 18, "alscMember": true, "interests": ["leadership"]}""");
    }

    static Application read(ObjectNode form) {
        return ApplicationForm.read(form).toApplication("fall-2027", 2, "01TEST", NOW);
    }

    static List<String> badFields(ObjectNode form, Consumer<ObjectNode> change) {
        change.accept(form);
        Problem problem = Problems.of(assertThrows(Refusal.class, () -> read(form)));
        assertEquals(422, problem.status());
        return problem.errors().stream().map(FieldError::field).toList();
    }

    @Test
    @DisplayName("a complete mentee form: trimmed, email lower-cased, preferences kept")
    void validMentee() {
        Application application = read(mentee());
        assertEquals("Marlowe Reyes", application.name());
        assertEquals("marlowe@example.org", application.email());
        assertEquals(List.of("storytime", "mock-interviews"), application.interests());
        assertEquals(new Preferences("SAME", "ANY", "SHARED"), application.preferences());
        assertEquals(0, application.slots());
        assertEquals(Optional.of("WOMAN"), application.gender());
    }

    @Test
    @DisplayName("a mentor takes the cohort's default capacity unless they give one")
    void mentorCapacity() {
        assertEquals(2, read(mentor()).mentorCapacity());
        ObjectNode three = mentor();
        three.put("mentorCapacity", 3);
        assertEquals(3, read(three).slots());
        assertEquals(Preferences.DEFAULT, read(mentor()).preferences());
    }

    @Test
    @DisplayName("unknown fields are refused, also inside preferences")
    void unknownFields() {
        assertEquals(List.of("/favouriteBook", "/preferences/age"), badFields(mentee(), f -> {
            f.put("favouriteBook", "Frog and Toad");
            ((ObjectNode) f.get("preferences")).put("age", "SAME");
        }));
    }

    @Test
    @DisplayName("name 1–200, a valid email, yearsExperience 0–60")
    void basics() {
        assertEquals(List.of("/name", "/email", "/yearsExperience"), badFields(mentee(), f -> {
            f.put("name", "   ");
            f.put("email", "marlowe at example");
            f.put("yearsExperience", 61);
        }));
        assertEquals(List.of("/name"), badFields(mentee(), f -> f.put("name", "x".repeat(201))));
        assertEquals(List.of("/yearsExperience"), badFields(mentee(), f -> f.put("yearsExperience", 1.5)));
        assertEquals(List.of("/email"), badFields(mentee(), f -> f.remove("email")));
    }

    @Test
    @DisplayName("enumerations are case-sensitive as written")
    void enumerations() {
        assertEquals(List.of("/role", "/libraryType", "/gender"), badFields(mentee(), f -> {
            f.put("role", "mentee");
            f.put("libraryType", "Public");
            f.put("gender", "woman");
        }));
        assertEquals(List.of("/careerStage"), badFields(mentee(), f -> f.put("careerStage", "early_career")));
    }

    @Test
    @DisplayName("1–5 known interests, no repeats, each bad one at its own index")
    void interests() {
        assertEquals(List.of("/interests/1", "/interests/2"), badFields(mentee(), f -> {
            ArrayNode interests = f.putArray("interests");
            interests.add("storytime").add("knitting").add("storytime");
        }));
        assertEquals(List.of("/interests"), badFields(mentee(), f -> f.putArray("interests")));
        assertEquals(List.of("/interests"), badFields(mentee(), f -> {
            ArrayNode interests = f.putArray("interests");
            Vocabulary.INTERESTS.subList(0, 6).forEach(interests::add);
        }));
        assertEquals(List.of("/raceEthnicity/0"), badFields(mentee(), f -> f.putArray("raceEthnicity").add("MARTIAN")));
    }

    @Test
    @DisplayName("mentors are association members; mentees give a career stage and are adults or have consent")
    void roleRules() {
        assertEquals(List.of("/alscMember"), badFields(mentor(), f -> f.put("alscMember", false)));
        assertEquals(List.of("/mentorCapacity"), badFields(mentor(), f -> f.put("mentorCapacity", 4)));
        assertEquals(List.of("/careerStage", "/ageConfirmed18", "/mentorCapacity"), badFields(mentee(), f -> {
            f.remove("careerStage");
            f.put("ageConfirmed18", false);
            f.put("mentorCapacity", 1);
        }));
        ObjectNode withConsent = mentee();
        withConsent.put("ageConfirmed18", false);
        withConsent.put("guardianConsent", true);
        assertTrue(read(withConsent).guardianConsent());
    }

    @Test
    @DisplayName("preferences take only their own values")
    void preferences() {
        assertEquals(List.of("/preferences/region", "/preferences/gender"), badFields(mentee(), f -> {
            ((ObjectNode) f.get("preferences")).put("region", "NEAR");
            ((ObjectNode) f.get("preferences")).put("gender", "DIFFERENT");
        }));
    }

    @Test
    @DisplayName("no error message repeats a value that was sent")
    void errorsDoNotEchoValues() {
        ObjectNode form = mentee();
        form.put("gender", "SECRET_GENDER_VALUE");
        form.putArray("raceEthnicity").add("SECRET_RACE_VALUE");
        form.put("email", "secret-address");
        Problem problem = Problems.of(assertThrows(Refusal.class, () -> read(form)));
        String rendered = Json.write(problem.errors()) + problem.detail();
        assertFalse(rendered.contains("SECRET"), rendered);
        assertFalse(rendered.contains("secret-address"), rendered);
    }
}
