package example.mentoring.report;

import example.mentoring.application.Application;
import example.mentoring.application.ApplicationView;
import example.mentoring.application.Applications;
import example.mentoring.http.Page;
import java.util.List;
import java.util.Optional;

/**
 * A cohort's applications as a CSV export: the same fields as the JSON list, one column each
 * (lists joined with {@code ;}), read from the store page by page so that only one page of
 * applications is held at a time.
 */
public final class ApplicationsCsv {

    static final List<String> HEADER = List.of("applicationId", "cohortId", "role", "status", "name", "email",
            "emailConfirmed", "institution", "position", "libraryType", "region", "yearsExperience", "alscMember",
            "careerStage", "ageConfirmed18", "guardianConsent", "interests", "goals", "gender", "genderSelfDescribed",
            "raceEthnicity", "preferredRegion", "preferredGender", "preferredRaceEthnicity", "mentorCapacity",
            "submittedAt");

    /**
     * Applications read per page: about 0.5 MB of items, half of DynamoDB's 1 MB page (Moto, which
     * walks the whole partition for each page it cuts by size, stays under the call timeout too).
     */
    static final int PAGE = 500;

    private final Applications applications;

    public ApplicationsCsv(Applications applications) {
        this.applications = applications;
    }

    /** Writes every application of the cohort (of {@code role}, when given) to {@code out}. */
    public void write(String cohortId, Optional<String> role, Appendable out) {
        SpreadsheetCsv csv = new SpreadsheetCsv(out, HEADER);
        Page.Request request = Page.Request.first(PAGE);
        while (true) {
            Page<Application> page = applications.list(cohortId, role, request);
            page.items().forEach(application -> csv.row(row(application)));
            if (page.nextToken() == null) {
                csv.flush();
                return;
            }
            request = new Page.Request(PAGE, Optional.of(page.nextToken()));
        }
    }

    /** The row of one application: its {@link ApplicationView}, so both formats show the same. */
    static List<Object> row(Application application) {
        ApplicationView a = ApplicationView.of(application);
        return java.util.Arrays.asList(a.applicationId(), a.cohortId(), a.role(), a.status(), a.name(), a.email(),
                a.emailConfirmed(), a.institution(), a.position(), a.libraryType(), a.region(), a.yearsExperience(),
                a.alscMember(), a.careerStage(), a.ageConfirmed18(), a.guardianConsent(), String.join(";", a.interests()),
                a.goals(), a.gender(), a.genderSelfDescribed(), String.join(";", a.raceEthnicity()),
                a.preferences().region(), a.preferences().gender(), a.preferences().raceEthnicity(), a.mentorCapacity(),
                a.submittedAt());
    }
}
