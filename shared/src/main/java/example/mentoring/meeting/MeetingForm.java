package example.mentoring.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.http.JsonFields;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A meeting as logged, validated: every failing field named at once. */
public record MeetingForm(LocalDate occurredOn, int durationMinutes, String format, List<String> activities,
                          Optional<String> notes) {

    public static final Set<String> FORMATS = Set.of("VIDEO", "PHONE", "IN_PERSON", "EMAIL", "OTHER");
    public static final List<String> ACTIVITIES = List.of("conversation", "mock-interview", "resume-review",
            "blog-post", "research", "committee-service", "conference", "program-observation", "goal-setting", "other");

    /**
     * Reads a form for a match that started on {@code matchStart}; {@code latestToday} is the
     * latest date it is anywhere on Earth now (meetings "today" in any time zone are not in the future).
     */
    public static MeetingForm read(JsonNode body, LocalDate matchStart, LocalDate latestToday) {
        JsonFields fields = JsonFields.of(body).onlyFields(List.of("occurredOn", "durationMinutes", "format",
                "activities", "notes"));
        LocalDate occurredOn = fields.requiredDate("occurredOn");
        Integer duration = fields.requiredInt("durationMinutes", 1, 600);
        String format = fields.requiredEnum("format", FORMATS);
        List<String> activities = fields.optionalEnumList("activities", ACTIVITIES, 0, 6);
        Optional<String> notes = fields.optionalString("notes", 0, 4000).filter(n -> !n.isEmpty());
        if (occurredOn != null) {
            fields.check(!occurredOn.isAfter(latestToday), "/occurredOn", "must not be in the future");
            fields.check(!occurredOn.isBefore(matchStart), "/occurredOn", "must not be before the match started (" + matchStart + ")");
        }
        fields.validate();
        return new MeetingForm(occurredOn, duration, format, activities, notes);
    }
}
