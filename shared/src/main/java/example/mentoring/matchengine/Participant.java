package example.mentoring.matchengine;

import java.util.List;
import java.util.Objects;

/**
 * One application, mentor or mentee.
 *
 * @param gender        nullable; {@code PREFER_NOT_TO_SAY} and {@code SELF_DESCRIBED} never count as "same"
 * @param raceEthnicity possibly empty; same two values never count as "shared"
 * @param preferences   used for mentees only; {@code null} means ANY/ANY/ANY
 * @param capacity      mentors: how many mentees they take (1-3); ignored for mentees
 */
public record Participant(
        String applicationId,
        String email,
        String institution,
        String libraryType,
        String region,
        int yearsExperience,
        List<String> interests,
        String gender,
        List<String> raceEthnicity,
        Preferences preferences,
        int capacity) {

    public Participant {
        Objects.requireNonNull(applicationId, "applicationId");
        interests = interests == null ? List.of() : List.copyOf(interests);
        raceEthnicity = raceEthnicity == null ? List.of() : List.copyOf(raceEthnicity);
        preferences = preferences == null ? Preferences.DEFAULT : preferences;
    }
}
