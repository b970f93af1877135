package example.mentoring.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import example.mentoring.application.DuplicateApplication;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.CohortNotFound;
import example.mentoring.match.AlreadyMatched;
import example.mentoring.notification.email.ProgramRole;
import example.mentoring.outcome.ConcurrentUpdate;
import example.mentoring.outcome.FieldError;
import example.mentoring.outcome.Forbidden;
import example.mentoring.outcome.Invalid;
import example.mentoring.outcome.Malformed;
import example.mentoring.outcome.Refusal;
import example.mentoring.outcome.TryAgain;
import example.mentoring.outcome.Unauthenticated;
import example.mentoring.post.PostTooLarge;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Each kind of domain refusal has one HTTP answer, given at the edge")
class RefusalMappingTest {

    private static void answers(Refusal refusal, int status, String type) {
        ApiResponse response = Problems.toResponse(refusal);
        assertEquals(status, response.status(), refusal.getClass().getSimpleName());
        assertEquals("application/problem+json", response.headers().get("content-type"));
        assertTrue(response.body().contains("\"type\":\"" + Problem.TYPE_PREFIX + type + "\""), response.body());
        assertTrue(response.body().contains("\"detail\":\"" + refusal.detail() + "\""), response.body());
    }

    @Test
    @DisplayName("not found, conflicts, invalid fields, forbidden, unauthenticated, malformed, too large, try again")
    void everyKind() {
        answers(new CohortNotFound(new CohortId("fall-2027")), 404, "not-found");
        answers(new DuplicateApplication(ProgramRole.MENTOR), 409, "duplicate-application");
        answers(new AlreadyMatched(new CohortId("fall-2027")), 409, "already-matched");
        answers(new ConcurrentUpdate("The post changed meanwhile; try again."), 409, "concurrent-update");
        answers(Invalid.field("/name", "is required"), 422, "validation-failed");
        answers(new Forbidden("Only coordinators may do this."), 403, "forbidden");
        answers(new Unauthenticated(), 401, "unauthorized");
        answers(new Malformed("The body is not valid JSON."), 400, "malformed-request");
        answers(new PostTooLarge(500_000, 380_000), 413, "post-too-large");
        answers(new TryAgain("Busy.", Duration.ofMillis(1500)), 503, "try-again");
    }

    @Test
    @DisplayName("the fields at fault travel with the answer; the wait with a try-again")
    void fieldsAndWait() {
        assertEquals(List.of(new FieldError("/bodyMarkdown", "makes the post too large to store: shorten it")),
                Problems.of(new PostTooLarge(500_000, 380_000)).errors());
        assertEquals("1 field is invalid.", Problems.of(Invalid.field("/name", "is required")).detail());
        assertEquals("2", Problems.toResponse(new TryAgain("Busy.", Duration.ofMillis(1500))).headers().get("retry-after"));
    }
}
