package example.mentoring.application;

/** What a mentee asks of a mentor: {@code SAME|DIFFERENT|ANY} region, {@code SAME|ANY} gender, {@code SHARED|ANY} background. */
public record Preferences(String region, String gender, String raceEthnicity) {

    public static final Preferences NONE = new Preferences(Vocabulary.ANY, Vocabulary.ANY, Vocabulary.ANY);
}
