package example.mentoring.application;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.http.JsonFields;
import example.mentoring.matchengine.Preferences;
import example.mentoring.notification.email.ProgramRole;
import example.mentoring.outcome.Invalid;
import example.mentoring.text.EmailAddresses;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A submitted application form: the command the HTTP edge reads from the body ({@link #read}),
 * every failing field reported at once as a JSON pointer, unknown fields refused, strings trimmed,
 * the email lower-cased for comparison, enumerations matched exactly. It cannot exist invalid: the
 * program's rules (mentors are association members, mentees give a career stage and are adults or
 * have consent, only mentors offer capacity) are checked by its constructor too. Error messages
 * never repeat the values sent.
 */
public record ApplicationForm(ProgramRole role, String name, String email, String institution, Optional<String> position,
                              String libraryType, String region, int yearsExperience, boolean alscMember,
                              Optional<String> careerStage, boolean ageConfirmed18, boolean guardianConsent,
                              List<String> interests, Optional<String> goals, Optional<String> gender,
                              Optional<String> genderSelfDescribed, List<String> raceEthnicity,
                              Preferences preferences, Optional<Integer> mentorCapacity) {

    static final List<String> FIELDS = List.of("role", "name", "email", "institution", "position", "libraryType",
            "region", "yearsExperience", "alscMember", "careerStage", "ageConfirmed18", "guardianConsent",
            "interests", "goals", "gender", "genderSelfDescribed", "raceEthnicity", "preferences", "mentorCapacity");

    public ApplicationForm {
        Invalid.unless(role != null, "/role", "is required");
        Invalid.unless(name != null && !name.isBlank(), "/name", "is required");
        Invalid.unless(email != null && EmailAddresses.isValid(email), "/email", "must be a valid email address");
        email = email.toLowerCase(Locale.ROOT);
        Invalid.unless(institution != null && !institution.isBlank(), "/institution", "is required");
        Invalid.unless(Vocabulary.LIBRARY_TYPES.contains(libraryType), "/libraryType", "is not a known library type");
        Invalid.unless(Vocabulary.REGIONS.contains(region), "/region", "is not a known region");
        Invalid.unless(yearsExperience >= 0 && yearsExperience <= 60, "/yearsExperience", "must be from 0 to 60");
        interests = List.copyOf(interests);
        Invalid.unless(!interests.isEmpty() && interests.size() <= 5 && Vocabulary.INTERESTS.containsAll(interests),
                "/interests", "must be 1 to 5 known interests");
        raceEthnicity = List.copyOf(raceEthnicity);
        Invalid.unless(mentorCapacity.map(c -> c >= 1 && c <= 3).orElse(true), "/mentorCapacity", "must be from 1 to 3");
        if (role == ProgramRole.MENTOR) {
            Invalid.unless(alscMember, "/alscMember", "must be true: mentors are association members");
        } else {
            Invalid.unless(careerStage.isPresent(), "/careerStage", "is required for mentees");
            Invalid.unless(ageConfirmed18 || guardianConsent, "/ageConfirmed18",
                    "mentees must confirm they are 18 or older, or have a guardian's consent (guardianConsent)");
            Invalid.unless(mentorCapacity.isEmpty(), "/mentorCapacity", "is only for mentors");
        }
        Invalid.unless(genderSelfDescribed.isEmpty() || gender.filter("SELF_DESCRIBED"::equals).isPresent(),
                "/genderSelfDescribed", "is only for gender SELF_DESCRIBED");
    }

    /** The application this form makes in a cohort whose default mentor capacity is {@code defaultCapacity}. */
    public Application toApplication(String cohortId, int defaultCapacity, String applicationId, Instant submittedAt) {
        return new Application(applicationId, cohortId, role, name, email, institution, position, libraryType, region,
                yearsExperience, alscMember, careerStage, ageConfirmed18, guardianConsent, interests, goals, gender,
                genderSelfDescribed, raceEthnicity, preferences,
                role == ProgramRole.MENTOR ? mentorCapacity.orElse(defaultCapacity) : 0, submittedAt,
                Optional.empty());
    }

    /**
     * A re-application: the earlier application's form with {@code changes} (a JSON object of
     * fields, possibly empty) laid over it, read and checked like a new application. The address
     * cannot change: the invitation proved that one.
     */
    public static ApplicationForm revise(Application earlier, JsonNode changes) {
        if (!changes.isObject()) {
            throw Invalid.field("/", "must be a JSON object of the fields to change");
        }
        if (changes.has("email") && !earlier.email().equalsIgnoreCase(changes.path("email").asText())) {
            throw Invalid.field("/email", "cannot change when re-applying: apply with the new address instead");
        }
        com.fasterxml.jackson.databind.node.ObjectNode form = example.mentoring.json.Json.object();
        form.put("role", earlier.role().name()).put("name", earlier.name()).put("email", earlier.email())
                .put("institution", earlier.institution()).put("libraryType", earlier.libraryType())
                .put("region", earlier.region()).put("yearsExperience", earlier.yearsExperience())
                .put("alscMember", earlier.alscMember()).put("ageConfirmed18", earlier.ageConfirmed18())
                .put("guardianConsent", earlier.guardianConsent());
        earlier.position().ifPresent(v -> form.put("position", v));
        earlier.careerStage().ifPresent(v -> form.put("careerStage", v));
        earlier.goals().ifPresent(v -> form.put("goals", v));
        earlier.gender().ifPresent(v -> form.put("gender", v));
        earlier.genderSelfDescribed().ifPresent(v -> form.put("genderSelfDescribed", v));
        earlier.interests().forEach(form.putArray("interests")::add);
        earlier.raceEthnicity().forEach(form.putArray("raceEthnicity")::add);
        form.putObject("preferences").put("region", earlier.preferences().region())
                .put("gender", earlier.preferences().gender()).put("raceEthnicity", earlier.preferences().raceEthnicity());
        if (earlier.isMentor()) {
            form.put("mentorCapacity", earlier.mentorCapacity());
        }
        changes.properties().forEach(change -> form.set(change.getKey(), change.getValue()));
        return read(form);
    }

    /** Reads a request body, naming every bad field at once (422). */
    public static ApplicationForm read(JsonNode body) {
        JsonFields fields = JsonFields.of(body).onlyFields(FIELDS);
        String role = fields.requiredEnum("role", Vocabulary.ROLES);
        String name = fields.requiredString("name", 1, 200);
        Optional<String> email = fields.optionalString("email", 3, EmailAddresses.MAX_LENGTH);
        if (email.isPresent() && !EmailAddresses.isValid(email.get())) {
            fields.fail("/email", "must be a valid email address");
        } else if (email.isEmpty() && !body.hasNonNull("email")) {
            fields.fail("/email", "is required");
        }
        String institution = fields.requiredString("institution", 1, 200);
        Optional<String> position = fields.optionalString("position", 1, 200);
        String libraryType = fields.requiredEnum("libraryType", Vocabulary.LIBRARY_TYPES);
        String region = fields.requiredEnum("region", Vocabulary.REGIONS);
        Integer years = fields.requiredInt("yearsExperience", 0, 60);
        boolean alscMember = fields.optionalBoolean("alscMember").orElse(false);
        Optional<String> careerStage = fields.optionalEnum("careerStage", Vocabulary.CAREER_STAGES);
        boolean adult = fields.optionalBoolean("ageConfirmed18").orElse(false);
        boolean consent = fields.optionalBoolean("guardianConsent").orElse(false);
        List<String> interests = fields.requiredEnumList("interests", Vocabulary.INTERESTS, 1, 5);
        Optional<String> goals = fields.optionalString("goals", 0, 2000).filter(g -> !g.isEmpty());
        Optional<String> gender = fields.optionalEnum("gender", Vocabulary.GENDERS);
        Optional<String> genderSelfDescribed = fields.optionalString("genderSelfDescribed", 1, 100);
        List<String> raceEthnicity = fields.optionalEnumList("raceEthnicity", Vocabulary.RACE_ETHNICITIES, 0, 9);
        Optional<Integer> capacity = fields.optionalInt("mentorCapacity", 1, 3);
        Preferences preferences = fields.optionalObject("preferences").map(p -> {
            p.onlyFields(List.of("region", "gender", "raceEthnicity"));
            return new Preferences(
                    p.optionalEnum("region", Vocabulary.REGION_PREFERENCES).orElse(Vocabulary.ANY),
                    p.optionalEnum("gender", Vocabulary.GENDER_PREFERENCES).orElse(Vocabulary.ANY),
                    p.optionalEnum("raceEthnicity", Vocabulary.RACE_ETHNICITY_PREFERENCES).orElse(Vocabulary.ANY));
        }).orElse(Preferences.DEFAULT);

        if (ProgramRole.MENTOR.name().equals(role)) {
            fields.check(alscMember, "/alscMember", "must be true: mentors are association members");
        }
        if (ProgramRole.MENTEE.name().equals(role)) {
            fields.check(careerStage.isPresent() || body.hasNonNull("careerStage"), "/careerStage",
                    "is required for mentees");
            fields.check(adult || consent, "/ageConfirmed18",
                    "mentees must confirm they are 18 or older, or have a guardian's consent (guardianConsent)");
            fields.check(capacity.isEmpty(), "/mentorCapacity", "is only for mentors");
        }
        fields.check(genderSelfDescribed.isEmpty() || gender.filter("SELF_DESCRIBED"::equals).isPresent(),
                "/genderSelfDescribed", "is only for gender SELF_DESCRIBED");
        fields.validate();
        return new ApplicationForm(ProgramRole.valueOf(role), name, email.orElseThrow(), institution, position, libraryType, region, years,
                alscMember, careerStage, adult, consent, interests, goals, gender, genderSelfDescribed, raceEthnicity,
                preferences, capacity);
    }
}
