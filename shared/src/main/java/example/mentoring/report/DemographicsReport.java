package example.mentoring.report;

import static example.mentoring.report.CountTable.APPLICANTS;
import static example.mentoring.report.CountTable.MATCHED;
import static example.mentoring.report.CountTable.UNMATCHED;

import example.mentoring.application.Application;
import example.mentoring.notification.email.ProgramRole;
import example.mentoring.report.ComplementarySuppression.Decision;
import example.mentoring.report.ComplementarySuppression.Mark;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A cohort's applicants, matched and wait-listed counted by each demographic field, per role, with
 * small counts suppressed ({@link ComplementarySuppression}). Every table is a partition: each
 * person is in exactly one row, so rows add up to the totals. Race/ethnicity, where a person may
 * choose several categories, counts one who chose exactly one in it, one who chose several in
 * {@code MULTIPLE} and one who chose none in {@code NOT_GIVEN} (as do the other optional fields).
 * Matched means in a match of the cohort; once a run is confirmed every other mentee is
 * wait-listed, every other mentor unmatched; before that, only applicants are counted.
 */
public record DemographicsReport(String cohortId, boolean matchingConfirmed, int threshold, List<RoleReport> roles) {

    public static final String NOT_GIVEN = "NOT_GIVEN";
    public static final String MULTIPLE = "MULTIPLE";
    static final String SMALL = "<5";
    static final String SUPPRESSED = "suppressed";

    /** The categories of each field in the API's order (Vocabulary holds them as sets). */
    static final List<String> GENDERS = List.of("WOMAN", "MAN", "NON_BINARY", "SELF_DESCRIBED", "PREFER_NOT_TO_SAY", NOT_GIVEN);
    static final List<String> REGIONS = List.of("NORTHEAST", "MIDWEST", "SOUTH", "WEST", "CANADA", "INTERNATIONAL");
    static final List<String> RACE_ETHNICITIES = List.of("AMERICAN_INDIAN_ALASKA_NATIVE", "ASIAN", "BLACK_AFRICAN_AMERICAN",
            "HISPANIC_LATINO", "MIDDLE_EASTERN_NORTH_AFRICAN", "NATIVE_HAWAIIAN_PACIFIC_ISLANDER", "WHITE",
            "SELF_DESCRIBED", "PREFER_NOT_TO_SAY", MULTIPLE, NOT_GIVEN);
    static final List<String> LIBRARY_TYPES = List.of("PUBLIC", "SCHOOL", "ACADEMIC", "SPECIAL", "OTHER");
    static final List<String> CAREER_STAGES = List.of("STUDENT", "EARLY_CAREER", "RETURNING", "REFINING_SKILLS");

    private record Field(String name, List<String> categories, Function<Application, String> category, boolean menteesOnly) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("gender", GENDERS, a -> a.gender().orElse(NOT_GIVEN), false),
            new Field("region", REGIONS, Application::region, false),
            new Field("raceEthnicity", RACE_ETHNICITIES, a -> switch (a.raceEthnicity().size()) {
                case 0 -> NOT_GIVEN;
                case 1 -> a.raceEthnicity().get(0);
                default -> MULTIPLE;
            }, false),
            new Field("libraryType", LIBRARY_TYPES, Application::libraryType, false),
            new Field("careerStage", CAREER_STAGES, a -> a.careerStage().orElseThrow(), true));

    /** One role's tables; {@code waitListed} is the mentees' word for not matched, {@code unmatched} the mentors'. */
    public record RoleReport(String role, Counts totals, List<FieldReport> fields) {
    }

    /** One field's rows, or none when the table had to be withheld (then only the totals stand). */
    public record FieldReport(String field, boolean withheld, List<Counts> rows) {
    }

    /** Counts: a whole number of 5 or more, {@code "<5"}, or {@code "suppressed"} (5 or more, hidden to shield another). */
    public record Counts(String category, Object applicants, Object matched, Object waitListed, Object unmatched) {
    }

    public static DemographicsReport of(String cohortId, boolean matchingConfirmed, List<Application> applications,
                                        Set<String> matchedApplicationIds) {
        List<RoleReport> roles = new ArrayList<>();
        for (ProgramRole role : List.of(ProgramRole.MENTEE, ProgramRole.MENTOR)) {
            List<Application> ofRole = applications.stream().filter(a -> a.role() == role).toList();
            List<FieldReport> fields = new ArrayList<>();
            for (Field field : FIELDS) {
                if (field.menteesOnly() && role != ProgramRole.MENTEE) {
                    continue;
                }
                CountTable table = count(field, ofRole, matchingConfirmed, matchedApplicationIds);
                Decision decision = ComplementarySuppression.decide(table);
                List<Counts> rows = new ArrayList<>();
                if (!decision.withheld()) {
                    for (int r = 0; r < table.rows(); r++) {
                        int row = r;
                        rows.add(counts(role, table.categories().get(r), matchingConfirmed,
                                c -> shown(table.count(row, c), decision.mark(row, c))));
                    }
                }
                fields.add(new FieldReport(field.name(), decision.withheld(), rows));
            }
            int matched = (int) ofRole.stream().filter(a -> matchedApplicationIds.contains(a.applicationId())).count();
            int[] totals = {ofRole.size(), matched, ofRole.size() - matched};
            roles.add(new RoleReport(role.name(), counts(role, null, matchingConfirmed, c -> smallOrExact(totals[c])), fields));
        }
        return new DemographicsReport(cohortId, matchingConfirmed, ComplementarySuppression.THRESHOLD, roles);
    }

    private static CountTable count(Field field, List<Application> applications, boolean outcomes, Set<String> matched) {
        int[][] counts = new int[field.categories().size()][3];
        for (Application application : applications) {
            String category = field.category().apply(application);
            int row = field.categories().indexOf(category);
            if (row < 0) {
                throw new IllegalStateException("application " + application.applicationId() + " has no known " + field.name());
            }
            counts[row][APPLICANTS]++;
            if (outcomes) {
                counts[row][matched.contains(application.applicationId()) ? MATCHED : UNMATCHED]++;
            }
        }
        return new CountTable(field.categories(), counts, outcomes);
    }

    private static Counts counts(ProgramRole role, String category, boolean outcomes, Function<Integer, Object> cell) {
        boolean mentee = role == ProgramRole.MENTEE;
        return new Counts(category, cell.apply(APPLICANTS),
                outcomes ? cell.apply(MATCHED) : null,
                outcomes && mentee ? cell.apply(UNMATCHED) : null,
                outcomes && !mentee ? cell.apply(UNMATCHED) : null);
    }

    private static Object shown(int count, Mark mark) {
        return switch (mark) {
            case SHOWN -> count;
            case UNDER_THRESHOLD -> SMALL;
            case SUPPRESSED -> SUPPRESSED;
        };
    }

    private static Object smallOrExact(int count) {
        return count < ComplementarySuppression.THRESHOLD ? SMALL : count;
    }
}
