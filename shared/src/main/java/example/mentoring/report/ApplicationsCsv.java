package example.mentoring.report;

import example.mentoring.application.Application;
import example.mentoring.application.ApplicationView;
import example.mentoring.application.Applications;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A cohort's applications as CSV: the fields of the JSON list, one column each, lists joined with {@code ;}. */
public final class ApplicationsCsv {

    static final List<String> HEADER = List.of("applicationId", "cohortId", "role", "status", "name", "email",
            "emailConfirmed", "institution", "position", "libraryType", "region", "yearsExperience", "alscMember",
            "careerStage", "ageConfirmed18", "guardianConsent", "interests", "goals", "gender", "genderSelfDescribed",
            "raceEthnicity", "preferredRegion", "preferredGender", "preferredRaceEthnicity", "mentorCapacity",
            "submittedAt");

    private final Applications applications;

    public ApplicationsCsv(Applications applications) {
        this.applications = applications;
    }

    /** Writes every application of the cohort (of {@code role}, when given) to {@code out}. */
    public void write(String cohortId, Optional<String> role, Appendable out) {
        SpreadsheetCsv.writeAll(out, HEADER, page -> applications.list(cohortId, role, page), ApplicationsCsv::row);
    }

    /** The row of one application: its {@link ApplicationView}, so both formats show the same. */
    static List<?> row(Application application) {
        ApplicationView a = ApplicationView.of(application);
        return Arrays.asList(a.applicationId(), a.cohortId(), a.role(), a.status(), a.name(), a.email(),
                a.emailConfirmed(), a.institution(), a.position(), a.libraryType(), a.region(), a.yearsExperience(),
                a.alscMember(), a.careerStage(), a.ageConfirmed18(), a.guardianConsent(), String.join(";", a.interests()),
                a.goals(), a.gender(), a.genderSelfDescribed(), String.join(";", a.raceEthnicity()),
                a.preferences().region(), a.preferences().gender(), a.preferences().raceEthnicity(), a.mentorCapacity(),
                a.submittedAt());
    }
}
