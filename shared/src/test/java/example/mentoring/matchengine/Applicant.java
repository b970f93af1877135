package example.mentoring.matchengine;

import java.util.List;

/** Readable construction of participants in tests: unique email and institution unless said otherwise. */
final class Applicant {
    private final String id;
    private String email;
    private String institution;
    private String libraryType = "PUBLIC";
    private String region = "WEST";
    private int years = 5;
    private List<String> interests = List.of();
    private String gender;
    private List<String> race = List.of();
    private Preferences preferences = Preferences.DEFAULT;
    private int capacity = 1;

    private Applicant(String id) {
        this.id = id;
        this.email = id + "@example.org";
        this.institution = "Institution of " + id;
    }

    static Applicant mentor(String id) {
        return new Applicant(id);
    }

    static Applicant mentee(String id) {
        return new Applicant(id);
    }

    Applicant email(String value) {
        email = value;
        return this;
    }

    Applicant institution(String value) {
        institution = value;
        return this;
    }

    Applicant libraryType(String value) {
        libraryType = value;
        return this;
    }

    Applicant region(String value) {
        region = value;
        return this;
    }

    Applicant years(int value) {
        years = value;
        return this;
    }

    Applicant interests(String... values) {
        interests = List.of(values);
        return this;
    }

    Applicant gender(String value) {
        gender = value;
        return this;
    }

    Applicant race(String... values) {
        race = List.of(values);
        return this;
    }

    Applicant prefers(String regionPref, String genderPref, String racePref) {
        preferences = new Preferences(regionPref, genderPref, racePref);
        return this;
    }

    Applicant capacity(int value) {
        capacity = value;
        return this;
    }

    Participant build() {
        return new Participant(id, email, institution, libraryType, region, years, interests, gender, race,
                preferences, capacity);
    }
}
