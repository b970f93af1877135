package example.mentoring.application;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.http.JsonFields;
import example.mentoring.text.EmailAddresses;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A submitted application form, validated: every failing field is reported at once as a JSON
 * pointer, unknown fields are refused, strings are trimmed, the email is lower-cased for
 * comparison, enumerations are matched exactly. Error messages never repeat the values sent.
 */
public final class ApplicationForm {

    static final List<String> FIELDS = List.of("role", "name", "email", "institution", "position", "libraryType",
            "region", "yearsExperience", "alscMember", "careerStage", "ageConfirmed18", "guardianConsent",
            "interests", "goals", "gender", "genderSelfDescribed", "raceEthnicity", "preferences", "mentorCapacity");

    private ApplicationForm() {
    }

    /** Reads a form for a cohort whose default mentor capacity is {@code defaultCapacity}. */
    public static Application read(JsonNode body, String cohortId, int defaultCapacity, String applicationId,
                                   Instant submittedAt) {
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
        }).orElse(Preferences.NONE);

        if (Vocabulary.MENTOR.equals(role)) {
            fields.check(alscMember, "/alscMember", "must be true: mentors are association members");
        }
        if (Vocabulary.MENTEE.equals(role)) {
            fields.check(careerStage.isPresent() || body.hasNonNull("careerStage"), "/careerStage",
                    "is required for mentees");
            fields.check(adult || consent, "/ageConfirmed18",
                    "mentees must confirm they are 18 or older, or have a guardian's consent (guardianConsent)");
            fields.check(capacity.isEmpty(), "/mentorCapacity", "is only for mentors");
        }
        fields.check(genderSelfDescribed.isEmpty() || gender.filter("SELF_DESCRIBED"::equals).isPresent(),
                "/genderSelfDescribed", "is only for gender SELF_DESCRIBED");
        fields.validate();
        return new Application(applicationId, cohortId, role, name, email.orElseThrow().toLowerCase(Locale.ROOT),
                institution, position, libraryType, region, years, alscMember, careerStage, adult, consent,
                interests, goals, gender, genderSelfDescribed, raceEthnicity, preferences,
                Vocabulary.MENTOR.equals(role) ? capacity.orElse(defaultCapacity) : 0, submittedAt,
                Optional.empty());
    }
}
