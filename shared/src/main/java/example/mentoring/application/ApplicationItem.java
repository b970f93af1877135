package example.mentoring.application;

import static example.mentoring.aws.Attributes.s;
import static example.mentoring.aws.Attributes.n;

import example.mentoring.matchengine.Preferences;
import example.mentoring.notification.email.ProgramRole;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How applications are stored in the applications table: the application under
 * {@code APP#<applicationId>}, and a uniqueness item {@code UNIQUE#<role>#<email>} that makes a
 * second application with the same email and role in a cohort impossible.
 */
final class ApplicationItem {

    static final String APPLICATION_PREFIX = "APP#";
    static final String UNIQUE_PREFIX = "UNIQUE#";
    static final String EMAIL_CONFIRMED_AT = "emailConfirmedAt";

    private ApplicationItem() {
    }

    static Map<String, AttributeValue> key(String cohortId, String applicationId) {
        return Map.of("cohortId", s(cohortId), "itemKey", s(APPLICATION_PREFIX + applicationId));
    }

    static Map<String, AttributeValue> uniqueness(Application application) {
        Map<String, AttributeValue> item = new HashMap<>(uniquenessKey(application));
        item.put("applicationId", s(application.applicationId()));
        return item;
    }

    static Map<String, AttributeValue> uniquenessKey(Application application) {
        return Map.of("cohortId", s(application.cohortId()),
                "itemKey", s(UNIQUE_PREFIX + application.role().name() + "#" + application.email()));
    }

    static Map<String, AttributeValue> toItem(Application a) {
        Map<String, AttributeValue> item = new HashMap<>(key(a.cohortId(), a.applicationId()));
        item.put("applicationId", s(a.applicationId()));
        item.put("role", s(a.role().name()));
        item.put("name", s(a.name()));
        item.put("email", s(a.email()));
        item.put("institution", s(a.institution()));
        a.position().ifPresent(v -> item.put("position", s(v)));
        item.put("libraryType", s(a.libraryType()));
        item.put("region", s(a.region()));
        item.put("yearsExperience", n(a.yearsExperience()));
        item.put("alscMember", AttributeValue.fromBool(a.alscMember()));
        a.careerStage().ifPresent(v -> item.put("careerStage", s(v)));
        item.put("ageConfirmed18", AttributeValue.fromBool(a.ageConfirmed18()));
        item.put("guardianConsent", AttributeValue.fromBool(a.guardianConsent()));
        item.put("interests", list(a.interests()));
        a.goals().ifPresent(v -> item.put("goals", s(v)));
        a.gender().ifPresent(v -> item.put("gender", s(v)));
        a.genderSelfDescribed().ifPresent(v -> item.put("genderSelfDescribed", s(v)));
        item.put("raceEthnicity", list(a.raceEthnicity()));
        item.put("preferences", AttributeValue.fromM(Map.of(
                "region", s(a.preferences().region()),
                "gender", s(a.preferences().gender()),
                "raceEthnicity", s(a.preferences().raceEthnicity()))));
        item.put("mentorCapacity", n(a.mentorCapacity()));
        item.put("submittedAt", n(a.submittedAt().toEpochMilli()));
        a.emailConfirmedAt().ifPresent(at -> item.put(EMAIL_CONFIRMED_AT, n(at.toEpochMilli())));
        if (a.priority()) {
            item.put("priority", AttributeValue.fromBool(true));
        }
        return item;
    }

    static Application fromItem(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> preferences = item.get("preferences").m();
        return new Application(
                item.get("applicationId").s(),
                item.get("cohortId").s(),
                ProgramRole.valueOf(item.get("role").s()),
                item.get("name").s(),
                item.get("email").s(),
                item.get("institution").s(),
                optional(item, "position"),
                item.get("libraryType").s(),
                item.get("region").s(),
                Integer.parseInt(item.get("yearsExperience").n()),
                item.get("alscMember").bool(),
                optional(item, "careerStage"),
                item.get("ageConfirmed18").bool(),
                item.get("guardianConsent").bool(),
                strings(item.get("interests")),
                optional(item, "goals"),
                optional(item, "gender"),
                optional(item, "genderSelfDescribed"),
                strings(item.get("raceEthnicity")),
                new Preferences(preferences.get("region").s(), preferences.get("gender").s(),
                        preferences.get("raceEthnicity").s()),
                Integer.parseInt(item.get("mentorCapacity").n()),
                Instant.ofEpochMilli(Long.parseLong(item.get("submittedAt").n())),
                Optional.ofNullable(item.get(EMAIL_CONFIRMED_AT)).map(v -> Instant.ofEpochMilli(Long.parseLong(v.n()))),
                item.containsKey("priority") && Boolean.TRUE.equals(item.get("priority").bool()));
    }

    private static Optional<String> optional(Map<String, AttributeValue> item, String name) {
        return Optional.ofNullable(item.get(name)).map(AttributeValue::s);
    }

    private static List<String> strings(AttributeValue value) {
        return value == null ? List.of() : value.l().stream().map(AttributeValue::s).toList();
    }

    private static AttributeValue list(List<String> values) {
        return AttributeValue.fromL(values.stream().map(AttributeValue::fromS).toList());
    }
}
