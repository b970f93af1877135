package example.mentoring.application;

import example.mentoring.matchengine.Preferences;
import java.time.Instant;
import java.util.List;

/** An application as coordinators see it: everything, demographics included. */
public record ApplicationView(
        String applicationId,
        String cohortId,
        String role,
        String status,
        String name,
        String email,
        boolean emailConfirmed,
        String institution,
        String position,
        String libraryType,
        String region,
        int yearsExperience,
        boolean alscMember,
        String careerStage,
        boolean ageConfirmed18,
        boolean guardianConsent,
        List<String> interests,
        String goals,
        String gender,
        String genderSelfDescribed,
        List<String> raceEthnicity,
        Preferences preferences,
        Integer mentorCapacity,
        Instant submittedAt,
        boolean priority) {

    public static ApplicationView of(Application a) {
        return new ApplicationView(a.applicationId(), a.cohortId(), a.role().name(), "SUBMITTED", a.name(), a.email(), a.emailConfirmed(),
                a.institution(), a.position().orElse(null), a.libraryType(), a.region(), a.yearsExperience(),
                a.alscMember(), a.careerStage().orElse(null), a.ageConfirmed18(), a.guardianConsent(), a.interests(),
                a.goals().orElse(null), a.gender().orElse(null), a.genderSelfDescribed().orElse(null),
                a.raceEthnicity(), a.preferences(), a.isMentor() ? a.mentorCapacity() : null, a.submittedAt(),
                a.priority());
    }
}
