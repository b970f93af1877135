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
 * @param priority      mentees: carried over from a wait-list, so placed before others when capacity is short
 *                      (see {@link Objective}); ignored for mentors. Absent from runs stored before it existed,
 *                      which therefore read as {@code false}
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
        int capacity,
        boolean priority) {

    public Participant {
        Objects.requireNonNull(applicationId, "applicationId");
        interests = interests == null ? List.of() : List.copyOf(interests);
        raceEthnicity = raceEthnicity == null ? List.of() : List.copyOf(raceEthnicity);
        preferences = preferences == null ? Preferences.DEFAULT : preferences;
    }

    /** A participant without priority (every application but a wait-listed mentee's re-application). */
    public Participant(String applicationId, String email, String institution, String libraryType, String region,
                       int yearsExperience, List<String> interests, String gender, List<String> raceEthnicity,
                       Preferences preferences, int capacity) {
        this(applicationId, email, institution, libraryType, region, yearsExperience, interests, gender,
                raceEthnicity, preferences, capacity, false);
    }

    /**
     * The same application after its person's erasure, as the applications table keeps it: the
     * address replaced by {@code pseudonym}, the institution by {@code erased}, gender and
     * race/ethnicity gone; what matching counts (role, library type, region, experience, interests,
     * preferences, capacity) stays.
     */
    public Participant erased(String pseudonym, String erased) {
        return new Participant(applicationId, pseudonym, erased, libraryType, region, yearsExperience, interests, null,
                List.of(), preferences, capacity, priority);
    }

    /** The same application with {@code capacity} places, e.g. the places a mentor has left in a rematch. */
    public Participant withCapacity(int places) {
        return new Participant(applicationId, email, institution, libraryType, region, yearsExperience, interests,
                gender, raceEthnicity, preferences, places, priority);
    }
}
