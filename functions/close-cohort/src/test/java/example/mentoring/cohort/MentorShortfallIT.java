package example.mentoring.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Table;
import example.mentoring.aws.Transactions;
import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.Moto;
import example.mentoring.emulator.MutableClock;
import example.mentoring.fixtures.Seed;
import example.mentoring.notification.Notification;
import example.mentoring.notification.NotificationStatus;
import example.mentoring.notification.Notifications;
import example.mentoring.notification.email.MentorShortfall;
import example.mentoring.paging.Page;
import example.mentoring.post.Post;
import example.mentoring.post.Posts;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(Moto.class)
@DisplayName("A week before a deadline, the sweep emails coordinators a mentor shortfall and drafts a call for mentors, once")
class MentorShortfallIT {

    static final Instant DEADLINE = Instant.parse("2027-02-25T05:59:59Z");
    static final String COHORT = "fall-2027";

    MutableClock clock;
    AwsClients aws;
    Environment environment;
    CloseCohortHandler handler;

    @BeforeEach
    void setUp(EmulatedStack stack) {
        Map<String, String> variables = stack.environmentOf("CloseCohortFunction");
        environment = Environment.of(variables);
        aws = new AwsClients(environment);
        String pool = variables.get("USER_POOL_ID");
        coordinator(pool, "c-1", "casey@example.org", "Casey");
        coordinator(pool, "c-2", "robin@example.org", "Robin");
        clock = new MutableClock(DEADLINE.minus(Duration.ofDays(7)).plusSeconds(60));
        handler = new CloseCohortHandler(environment, clock);
    }

    void coordinator(String pool, String username, String email, String name) {
        aws.cognito().adminCreateUser(r -> r.userPoolId(pool).username(username).messageAction("SUPPRESS").userAttributes(
                AttributeType.builder().name("email").value(email).build(),
                AttributeType.builder().name("email_verified").value("true").build(),
                AttributeType.builder().name("name").value(name).build()));
        aws.cognito().adminAddUserToGroup(r -> r.userPoolId(pool).username(username).groupName("coordinators"));
    }

    /** The cohort with its applications counted as the application intake counts them. */
    void cohort(String id, Instant deadline, int mentees, int mentorSlots) {
        Seed.cohort().withId(id, "Cohort " + id).withDates(deadline.minus(Duration.ofDays(30)), deadline).addTo(aws);
        aws.dynamoDb().updateItem(r -> r.tableName(environment.tableName(Table.COHORTS))
                .key(Map.of("cohortId", AttributeValue.fromS(id)))
                .updateExpression("SET mentees = :mentees, mentorSlots = :slots")
                .expressionAttributeValues(Map.of(":mentees", AttributeValue.fromN(Integer.toString(mentees)),
                        ":slots", AttributeValue.fromN(Integer.toString(mentorSlots)))));
    }

    JsonNode sweep() throws IOException {
        return Invocations.sweep(handler);
    }

    List<MentorShortfall> emails() {
        return new Notifications(aws).list(NotificationStatus.PENDING, Page.Request.first(100)).items().stream()
                .map(Notification::message).filter(MentorShortfall.class::isInstance).map(MentorShortfall.class::cast).toList();
    }

    List<String> recipients() {
        return new Notifications(aws).list(NotificationStatus.PENDING, Page.Request.first(100)).items().stream()
                .map(Notification::recipient).sorted().toList();
    }

    @Test
    @DisplayName("12 mentees for 5 mentor slots: each coordinator is emailed the figures once, one draft is written")
    void shortfall() throws IOException {
        cohort(COHORT, DEADLINE, 12, 5);
        JsonNode result = sweep();
        assertEquals(COHORT, result.path("shortOfMentors").get(0).asText());

        assertEquals(List.of("casey@example.org", "robin@example.org"), recipients());
        for (MentorShortfall email : emails()) {
            assertEquals(12, email.mentees());
            assertEquals(5, email.mentorSlots());
            assertEquals(7, email.shortfall());
            assertEquals(DEADLINE, email.applicationDeadline());
            assertTrue(email.draftUrl().endsWith("/app/coordinate/posts"), email.draftUrl());
        }
        Post draft = new Posts(aws).find("mentors-" + COHORT).orElseThrow();
        assertEquals(Post.PostStatus.DRAFT, draft.status());
        assertEquals("Become a mentor: Cohort " + COHORT, draft.title());
        assertTrue(draft.bodyMarkdown().contains("/app/cohorts/" + COHORT + "/apply"), draft.bodyMarkdown());
        assertEquals("casey@example.org", draft.authorEmail());

        clock.advance(Duration.ofMinutes(15));
        assertEquals(0, sweep().path("shortOfMentors").size());
        assertEquals(2, emails().size(), "a second sweep emails nobody again");
    }

    @Test
    @DisplayName("as many mentor slots as mentees: nothing is sent or drafted, and the check is not repeated later")
    void enoughMentors() throws IOException {
        cohort(COHORT, DEADLINE, 5, 5);
        assertEquals(0, sweep().path("shortOfMentors").size());
        assertTrue(recipients().isEmpty());
        assertTrue(new Posts(aws).find("mentors-" + COHORT).isEmpty());

        cohort("later", DEADLINE.plusSeconds(1), 0, 0); // unrelated; the checked cohort gains mentees meanwhile
        aws.dynamoDb().updateItem(r -> r.tableName(environment.tableName(Table.COHORTS))
                .key(Map.of("cohortId", AttributeValue.fromS(COHORT))).updateExpression("SET mentees = :m")
                .expressionAttributeValues(Map.of(":m", AttributeValue.fromN("9"))));
        clock.advance(Duration.ofMinutes(15));
        sweep();
        assertTrue(recipients().isEmpty(), "checked once, a week before the deadline");
    }

    @Test
    @DisplayName("a cohort closed early, past its deadline, more than a week away, or created inside the last week is not checked")
    void notDue() throws IOException {
        cohort("closed-early", DEADLINE, 12, 5);
        new Cohorts(aws).recordClose(new CohortId("closed-early"), clock.instant());
        cohort("past", clock.instant().minusSeconds(60), 12, 5);
        cohort("far", DEADLINE.plus(Duration.ofDays(2)), 12, 5);
        // created two days before its deadline
        Cohort late = new Cohort(new CohortId("late"), "Late", clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(2)), DEADLINE.atZone(ZoneOffset.UTC).toLocalDate().plusDays(30),
                DEADLINE.atZone(ZoneOffset.UTC).toLocalDate().plusDays(400), 2, ZoneId.of("UTC"),
                clock.instant(), Optional.empty(), Optional.empty(), new Cohort.ApplicationCounts(0, 12, 5));
        new Transactions(aws).write(List.of(new Cohorts(aws).newCohort(late)));

        assertEquals(0, sweep().path("shortOfMentors").size());
        assertTrue(recipients().isEmpty());
        assertTrue(new Posts(aws).find("mentors-closed-early").isEmpty());
        assertTrue(new Posts(aws).find("mentors-past").isEmpty());
        assertTrue(new Posts(aws).find("mentors-late").isEmpty());
    }
}
