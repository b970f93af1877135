package example.mentoring.post;

import java.util.List;
import java.util.Optional;

/** A post's text as it will be stored: a {@link PostText} signed with the name its writer may use. */
record PostForm(String title, String bodyMarkdown, String authorName, List<String> tags, Optional<String> cohortId) {
}
