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
        Optional<Instant> emailConfirmedAt,
        boolean priority) {

    /** The domain of the pseudonym an erasure puts in place of an address. */
    public static final String ERASED_DOMAIN = "erased.invalid";

    /** An application as it is first made: no priority. */
    public Application(String applicationId, String cohortId, ProgramRole role, String name, String email,
            String institution, Optional<String> position, String libraryType, String region, int yearsExperience,
            boolean alscMember, Optional<String> careerStage, boolean ageConfirmed18, boolean guardianConsent,
            List<String> interests, Optional<String> goals, Optional<String> gender, Optional<String> genderSelfDescribed,
            List<String> raceEthnicity, Preferences preferences, int mentorCapacity, Instant submittedAt,
            Optional<Instant> emailConfirmedAt) {
        this(applicationId, cohortId, role, name, email, institution, position, libraryType, region, yearsExperience,
                alscMember, careerStage, ageConfirmed18, guardianConsent, interests, goals, gender, genderSelfDescribed,
                raceEthnicity, preferences, mentorCapacity, submittedAt, emailConfirmedAt, false);
    }

    public Application {
        interests = List.copyOf(interests);
        raceEthnicity = List.copyOf(raceEthnicity);
    }

    /**
     * The re-application of a wait-listed mentee (carry-over): matched first when places are
     * short, and its address already proven (the invitation reached it).
     */
    public Application carriedOver(Instant confirmedAt) {
        return new Application(applicationId, cohortId, role, name, email, institution, position, libraryType, region,
                yearsExperience, alscMember, careerStage, ageConfirmed18, guardianConsent, interests, goals, gender,
                genderSelfDescribed, raceEthnicity, preferences, mentorCapacity, submittedAt, Optional.of(confirmedAt), true);
    }

    /** Whether this application was erased: its address is a pseudonym. */
    public boolean erased() {
        return isPseudonym(email);
    }

    /** Whether {@code email} is a pseudonym an erasure put in place of an address. */
    public static boolean isPseudonym(String email) {
        return email != null && email.endsWith("@" + ERASED_DOMAIN);
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
