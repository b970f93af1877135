package example.mentoring.application;

import example.mentoring.matchengine.Preferences;
import example.mentoring.notification.email.ProgramRole;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A mentor's or mentee's application to one cohort. Gender, race/ethnicity and the preferences
 * about them are sensitive: only coordinators see them, logs and emails never do.
 */
public record Application(
        String applicationId,
        String cohortId,
        ProgramRole role,
        String name,
        String email,
        String institution,
        Optional<String> position,
        String libraryType,
        String region,
        int yearsExperience,
        boolean alscMember,
        Optional<String> careerStage,
        boolean ageConfirmed18,
        boolean guardianConsent,
        List<String> interests,
        Optional<String> goals,
        Optional<String> gender,
        Optional<String> genderSelfDescribed,
        List<String> raceEthnicity,
        Preferences preferences,
        int mentorCapacity,
        Instant submittedAt,
        Optional<Instant> emailConfirmedAt) {

    public Application {
        interests = List.copyOf(interests);
        raceEthnicity = List.copyOf(raceEthnicity);
    }

    public boolean isMentor() {
        return role == ProgramRole.MENTOR;
    }

    /** Whether the applicant proved the address is theirs (the acknowledgement's link). */
    public boolean emailConfirmed() {
        return emailConfirmedAt.isPresent();
    }

    /** The mentor slots this application adds to the cohort (none for a mentee). */
    public int slots() {
        return isMentor() ? mentorCapacity : 0;
    }
}
