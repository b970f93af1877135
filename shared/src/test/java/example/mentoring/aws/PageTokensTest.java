package example.mentoring.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import example.mentoring.http.Problem;
import example.mentoring.http.Problems;
import example.mentoring.outcome.Refusal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DisplayName("A page token only moves within the query that gave it out")
class PageTokensTest {

    private static final PageTokens.Scope APPLICATIONS = PageTokens.scope("applications/role=*", "cohortId", "fall-2027")
            .prefixed("itemKey", "APP#");
    private static final Map<String, AttributeValue> LAST = Map.of(
            "cohortId", AttributeValue.fromS("fall-2027"), "itemKey", AttributeValue.fromS("APP#01JDQ4Z5N1R2S3T4V5W6X7Y8Z9"));

    @Test
    @DisplayName("the token of a page leads to the next page of the same query")
    void roundTrip() {
        assertEquals(LAST, APPLICATIONS.decode(APPLICATIONS.encode(LAST)));
    }

    @Test
    @DisplayName("the end of a list has no token")
    void end() {
        assertEquals(null, APPLICATIONS.encode(Map.of()));
    }

    @Test
    @DisplayName("forged tokens are a 422 on nextToken, whatever they hold")
    void forged() {
        for (String token : new String[] {"not-base64!", "", "e30", base64("{\"cohortId\":{\"S\":\"x\"}}"),
                base64("{\"Foo\":{\"S\":\"x\"}}"), base64("[[[[[["), "A".repeat(5000),
                base64("{\"q\":\"x\",\"k\":{\"cohortId\":{\"S\":\"fall-2027\"},\"itemKey\":{\"S\":\"APP#1\"}}}")}) {
            assertNextTokenRefused(APPLICATIONS, token);
        }
    }

    @Test
    @DisplayName("a token of another cohort, role filter, or outside the key condition is refused")
    void otherQueries() {
        PageTokens.Scope otherCohort = PageTokens.scope("applications/role=*", "cohortId", "spring-2028").prefixed("itemKey", "APP#");
        assertNextTokenRefused(otherCohort, APPLICATIONS.encode(LAST));
        PageTokens.Scope mentorsOnly = PageTokens.scope("applications/role=MENTOR", "cohortId", "fall-2027").prefixed("itemKey", "APP#");
        assertNextTokenRefused(mentorsOnly, APPLICATIONS.encode(LAST));
        assertNextTokenRefused(APPLICATIONS, APPLICATIONS.encode(Map.of(
                "cohortId", AttributeValue.fromS("fall-2027"), "itemKey", AttributeValue.fromS("COUNTS"))));
        assertNextTokenRefused(APPLICATIONS, APPLICATIONS.encode(Map.of("cohortId", AttributeValue.fromS("fall-2027"),
                "itemKey", AttributeValue.fromS("APP#1"), "extra", AttributeValue.fromS("x"))));
        assertNextTokenRefused(APPLICATIONS, APPLICATIONS.encode(Map.of("cohortId", AttributeValue.fromS("fall-2027"),
                "itemKey", AttributeValue.fromS("APP#" + "x".repeat(3000)))));
    }

    @Test
    @DisplayName("number key attributes must be numbers DynamoDB takes")
    void numbers() {
        PageTokens.Scope posts = PageTokens.scope("posts/byPublishedAt", "feedKey", "PUBLISHED").string("postId").number("publishedAt");
        Map<String, AttributeValue> last = Map.of("feedKey", AttributeValue.fromS("PUBLISHED"),
                "postId", AttributeValue.fromS("p1"), "publishedAt", AttributeValue.fromN("1790000000000"));
        assertEquals(last, posts.decode(posts.encode(last)));
        assertNextTokenRefused(posts, posts.encode(Map.of("feedKey", AttributeValue.fromS("PUBLISHED"),
                "postId", AttributeValue.fromS("p1"), "publishedAt", AttributeValue.fromN("1e999"))));
        assertNextTokenRefused(posts, posts.encode(Map.of("feedKey", AttributeValue.fromS("PUBLISHED"),
                "postId", AttributeValue.fromS("p1"), "publishedAt", AttributeValue.fromS("1"))));
    }

    private static PageTokens.Merged shards(String status) {
        java.util.List<PageTokens.Scope> scopes = new java.util.ArrayList<>();
        for (int shard = 0; shard < 3; shard++) {
            scopes.add(PageTokens.scope("notifications/byStatus", "statusShard", status + "#" + shard)
                    .string("notificationId").number("createdAt"));
        }
        return PageTokens.merged("notifications/byStatus/merged", scopes);
    }

    @Test
    @DisplayName("a merged list's token carries each shard's position: from the start, after a key, or done")
    void merged() {
        PageTokens.Merged pending = shards("PENDING");
        Map<String, AttributeValue> at = Map.of("statusShard", AttributeValue.fromS("PENDING#1"),
                "notificationId", AttributeValue.fromS("ack-1"), "createdAt", AttributeValue.fromN("1790000000000"));
        java.util.List<Map<String, AttributeValue>> positions = java.util.Arrays.asList(null, at, Map.of());
        assertEquals(positions, pending.decode(pending.encode(positions)));
        assertEquals(null, pending.encode(java.util.List.of(Map.of(), Map.of(), Map.of())), "all done: no token");

        String token = pending.encode(positions);
        Problem other = Problems.of(assertThrows(Refusal.class, () -> shards("FAILED").decode(token)));
        assertEquals(422, other.status());
        for (String forged : new String[] {"", "e30", base64("{\"q\":\"x\",\"p\":[\"start\",\"start\",\"start\"]}"),
                "A".repeat(9000)}) {
            Problem problem = Problems.of(assertThrows(Refusal.class, () -> pending.decode(forged), forged));
            assertEquals("nextToken", problem.errors().get(0).field());
        }
        // a shard's position is checked against that shard's own query
        java.util.List<Map<String, AttributeValue>> misplaced = java.util.Arrays.asList(at, null, null);
        Problems.of(assertThrows(Refusal.class, () -> pending.decode(pending.encode(misplaced))));
    }

    private static void assertNextTokenRefused(PageTokens.Scope scope, String token) {
        Problem problem = Problems.of(assertThrows(Refusal.class, () -> scope.decode(token), token));
        assertEquals(422, problem.status());
        assertEquals("nextToken", problem.errors().get(0).field());
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
