package example.mentoring.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.http.JsonFields;
import example.mentoring.outcome.Invalid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A meeting as logged: the command the HTTP edge reads from the body ({@link #read}, every failing
 * field named at once) and that cannot exist invalid. The rules that need the match (not before it
 * started, not in the future, not after it ended) are the service's ({@link MeetingLog}).
 */
public record MeetingForm(LocalDate occurredOn, int durationMinutes, String format, List<String> activities,
                          Optional<String> notes) {

    public static final Set<String> FORMATS = Set.of("VIDEO", "PHONE", "IN_PERSON", "EMAIL", "OTHER");
    public static final List<String> ACTIVITIES = List.of("conversation", "mock-interview", "resume-review",
            "blog-post", "research", "committee-service", "conference", "program-observation", "goal-setting", "other");

    public MeetingForm {
        Invalid.unless(occurredOn != null, "/occurredOn", "is required");
        Invalid.unless(durationMinutes >= 1 && durationMinutes <= 600, "/durationMinutes", "must be from 1 to 600");
        Invalid.unless(FORMATS.contains(format), "/format", "must be one of " + FORMATS);
        activities = List.copyOf(activities);
        Invalid.unless(activities.size() <= 6 && ACTIVITIES.containsAll(activities), "/activities",
                "must be at most 6 of " + ACTIVITIES);
        Invalid.unless(notes.map(n -> n.length() <= 4000).orElse(true), "/notes", "must have at most 4000 characters");
    }

    /** Reads a request body, naming every bad field at once (422). */
    public static MeetingForm read(JsonNode body) {
        JsonFields fields = JsonFields.of(body).onlyFields(List.of("occurredOn", "durationMinutes", "format",
                "activities", "notes"));
        LocalDate occurredOn = fields.requiredDate("occurredOn");
        Integer duration = fields.requiredInt("durationMinutes", 1, 600);
        String format = fields.requiredEnum("format", FORMATS);
        List<String> activities = fields.optionalEnumList("activities", ACTIVITIES, 0, 6);
        Optional<String> notes = fields.optionalString("notes", 0, 4000).filter(n -> !n.isEmpty());
        fields.validate();
        return new MeetingForm(occurredOn, duration, format, activities, notes);
    }

    /**
     * The match's rules: for a match that started on {@code matchStart}, not before it; not after
     * {@code latestToday}, the latest date it is anywhere on Earth now; and for a match that ended
     * early, not after {@code endedOn} (a meeting before the end may still be logged late).
     */
    void checkAgainst(LocalDate matchStart, LocalDate latestToday, Optional<LocalDate> endedOn) {
        Invalid.unless(!occurredOn.isAfter(latestToday), "/occurredOn", "must not be in the future");
        Invalid.unless(!occurredOn.isBefore(matchStart), "/occurredOn",
                "must not be before the match started (" + matchStart + ")");
        endedOn.ifPresent(ended -> Invalid.unless(!occurredOn.isAfter(ended), "/occurredOn",
                "must not be after the match ended (" + ended + ")"));
    }
}
