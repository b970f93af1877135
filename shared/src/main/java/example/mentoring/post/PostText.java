package example.mentoring.post;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.cohort.CohortId;
import example.mentoring.http.JsonFields;
import example.mentoring.outcome.Invalid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A post as its author sends it (create or edit): the command the HTTP edge reads ({@link #read},
 * every failing field named at once) and that cannot exist invalid. Whose name it may carry
 * depends on who writes it: {@link #signed} applies the writer's {@link Byline}.
 */
public record PostText(String title, String bodyMarkdown, Optional<String> authorName, List<String> tags,
                       Optional<String> cohortId) {

    static final String TAG = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public PostText {
        Invalid.unless(title != null && !title.isBlank() && title.length() <= 200, "/title", "must have 1 to 200 characters");
        Invalid.unless(bodyMarkdown != null && !bodyMarkdown.isBlank()
                && bodyMarkdown.length() <= MarkdownRenderer.MAX_INPUT_CHARS, "/bodyMarkdown", "is required");
        tags = List.copyOf(tags);
        Invalid.unless(tags.size() <= 10 && tags.stream().allMatch(t -> t.matches(TAG) && t.length() <= 40), "/tags",
                "must be a list of at most 10 tags");
        Invalid.unless(cohortId.map(CohortId::isValid).orElse(true), "/cohortId", "must be a cohort id");
    }

    /** Reads a request body, naming every bad field at once (422). */
    public static PostText read(JsonNode body) {
        JsonFields fields = JsonFields.of(body).onlyFields(List.of("title", "bodyMarkdown", "authorName", "tags", "cohortId"));
        String title = fields.requiredString("title", 1, 200);
        String markdown = fields.requiredString("bodyMarkdown", 1, MarkdownRenderer.MAX_INPUT_CHARS);
        Optional<String> authorName = fields.optionalString("authorName", 1, 200);
        List<String> tags = new ArrayList<>();
        JsonNode tagList = body.path("tags");
        if (!tagList.isMissingNode() && !tagList.isNull()) {
            if (!tagList.isArray() || tagList.size() > 10) {
                fields.fail("/tags", "must be a list of at most 10 tags");
            } else {
                for (int i = 0; i < tagList.size(); i++) {
                    String tag = tagList.get(i).isTextual() ? tagList.get(i).asText().strip() : "";
                    if (!tag.matches(TAG) || tag.length() > 40) {
                        fields.fail("/tags/" + i, "must be lower-case words joined by '-', at most 40 characters");
                    } else if (!tags.contains(tag)) {
                        tags.add(tag);
                    }
                }
            }
        }
        Optional<String> cohortId = fields.optionalPattern("cohortId", CohortId.PATTERN, "a cohort id", CohortId.MAX_LENGTH);
        fields.validate();
        return new PostText(title, markdown, authorName, tags, cohortId);
    }

    /** The post as signed by a writer with this byline: a coordinator names anyone, a participant only themself. */
    PostForm signed(Byline byline) {
        String name = switch (byline) {
            case Byline.Free free -> authorName.orElseThrow(() -> Invalid.field("/authorName", "is required"));
            case Byline.OfApplication own -> {
                Invalid.unless(authorName.isEmpty() || authorName.get().equals(own.name()), "/authorName",
                        "must be the name on your application, or be left out to use it");
                yield own.name();
            }
        };
        return new PostForm(title, bodyMarkdown, name, tags, cohortId);
    }
}
