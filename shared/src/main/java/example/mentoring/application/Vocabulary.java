package example.mentoring.application;

import example.mentoring.notification.email.ProgramRole;
import example.mentoring.outcome.Invalid;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The closed vocabularies of an application, exactly as the API writes them (case-sensitive). */
public final class Vocabulary {

    /** The names of {@link ProgramRole}, the one role type. */
    public static final Set<String> ROLES = Arrays.stream(ProgramRole.values()).map(Enum::name).collect(Collectors.toSet());
    public static final Set<String> LIBRARY_TYPES = Set.of("PUBLIC", "SCHOOL", "ACADEMIC", "SPECIAL", "OTHER");
    public static final Set<String> REGIONS = Set.of("NORTHEAST", "MIDWEST", "SOUTH", "WEST", "CANADA", "INTERNATIONAL");
    public static final Set<String> CAREER_STAGES = Set.of("STUDENT", "EARLY_CAREER", "RETURNING", "REFINING_SKILLS");
    public static final Set<String> GENDERS = Set.of("WOMAN", "MAN", "NON_BINARY", "SELF_DESCRIBED", "PREFER_NOT_TO_SAY");
    public static final Set<String> RACE_ETHNICITIES = Set.of("AMERICAN_INDIAN_ALASKA_NATIVE", "ASIAN",
            "BLACK_AFRICAN_AMERICAN", "HISPANIC_LATINO", "MIDDLE_EASTERN_NORTH_AFRICAN",
            "NATIVE_HAWAIIAN_PACIFIC_ISLANDER", "WHITE", "SELF_DESCRIBED", "PREFER_NOT_TO_SAY");
    /** In the API's order, which is also the order bit masks in matching use. */
    public static final List<String> INTERESTS = List.of("storytime", "early-literacy", "collection-development",
            "programming", "stem", "outreach", "school-partnerships", "advocacy", "leadership", "management",
            "committee-service", "writing-publishing", "research", "mock-interviews", "career-development",
            "technology", "equity-diversity-inclusion", "teen-services", "book-evaluation-awards", "grant-writing");
    public static final Set<String> REGION_PREFERENCES = Set.of("SAME", "DIFFERENT", "ANY");
    public static final Set<String> GENDER_PREFERENCES = Set.of("SAME", "ANY");
    public static final Set<String> RACE_ETHNICITY_PREFERENCES = Set.of("SHARED", "ANY");
    public static final String ANY = "ANY";

    private Vocabulary() {
    }

    /** A {@code ?role=} filter: absent or blank is every role; anything but MENTOR or MENTEE is refused, naming the field. */
    public static Optional<ProgramRole> roleFilter(Optional<String> query) {
        Optional<String> role = query.filter(r -> !r.isBlank());
        if (role.isPresent() && !ROLES.contains(role.get())) {
            throw Invalid.field("role", "must be MENTOR or MENTEE");
        }
        return role.map(ProgramRole::valueOf);
    }
}
