package example.mentoring.post;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.cohort.CohortId;
import example.mentoring.http.JsonFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A post as written by its author: title, Markdown body, byline, tags, the cohort it is about. */
public record PostForm(String title, String bodyMarkdown, String authorName, List<String> tags, Optional<String> cohortId) {

    static final String TAG = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /** Reads and checks a post as written; the byline must be one that {@code byline} allows. */
    static PostForm read(JsonNode body, Byline byline) {
        JsonFields fields = JsonFields.of(body).onlyFields(List.of("title", "bodyMarkdown", "authorName", "tags", "cohortId"));
        String title = fields.requiredString("title", 1, 200);
        String markdown = fields.requiredString("bodyMarkdown", 1, MarkdownRenderer.MAX_INPUT_CHARS);
        String authorName = switch (byline) {
            case Byline.Free free -> fields.requiredString("authorName", 1, 200);
            case Byline.OfApplication own -> {
                Optional<String> given = fields.optionalString("authorName", 1, 200);
                fields.check(given.isEmpty() || given.get().equals(own.name()), "/authorName",
                        "must be the name on your application, or be left out to use it");
                yield own.name();
            }
        };
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
        return new PostForm(title, markdown, authorName, tags, cohortId);
    }
}
