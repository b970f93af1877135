package example.mentoring.application;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Table;
import example.mentoring.matchengine.Preferences;
import example.mentoring.notification.email.ProgramRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Benchmark data: many applications with the API's vocabularies, written in batches straight into
 * the applications table in their stored form (the intake's one transaction each would take the
 * emulator minutes for ten thousand).
 */
public final class SeedApplications {

    private SeedApplications() {
    }

    public static List<Application> generate(String cohortId, int mentors, int mentees, long seed) {
        Random random = new Random(seed);
        List<String> regions = List.copyOf(new java.util.TreeSet<>(Vocabulary.REGIONS));
        List<String> types = List.of("PUBLIC", "PUBLIC", "PUBLIC", "SCHOOL", "ACADEMIC", "SPECIAL", "OTHER");
        List<Application> all = new ArrayList<>();
        for (int i = 0; i < mentors + mentees; i++) {
            boolean mentor = i < mentors;
            List<String> interests = new ArrayList<>();
            int count = 1 + random.nextInt(5);
            while (interests.size() < count) {
                // popular interests first: a skewed pick over the list
                String interest = Vocabulary.INTERESTS.get((int) (Vocabulary.INTERESTS.size() * Math.pow(random.nextDouble(), 2)));
                if (!interests.contains(interest)) {
                    interests.add(interest);
                }
            }
            all.add(new Application(String.format("%s%07d", mentor ? "R" : "E", i), cohortId,
                    mentor ? ProgramRole.MENTOR : ProgramRole.MENTEE, (mentor ? "Mentor " : "Mentee ") + i,
                    (mentor ? "mentor" : "mentee") + i + "@example.org", "Library " + random.nextInt(mentees / 3 + 1),
                    Optional.empty(), types.get(random.nextInt(types.size())), regions.get(random.nextInt(regions.size())),
                    mentor ? 5 + random.nextInt(30) : random.nextInt(6), mentor, mentor ? Optional.empty()
                            : Optional.of("EARLY_CAREER"), true, false, interests, Optional.empty(),
                    Optional.of(random.nextInt(10) < 7 ? "WOMAN" : "MAN"), Optional.empty(), List.of(),
                    new Preferences(random.nextInt(4) == 0 ? "SAME" : "ANY", "ANY", "ANY"),
                    mentor ? 1 + random.nextInt(3) : 0, Instant.parse("2027-02-01T00:00:00Z"),
                    Optional.of(Instant.parse("2027-02-01T00:05:00Z"))));
        }
        return all;
    }

    public static void write(AwsClients aws, List<Application> applications) {
        String table = aws.environment().tableName(Table.APPLICATIONS);
        List<WriteRequest> writes = new ArrayList<>();
        for (Application application : applications) {
            Map<String, AttributeValue> item = ApplicationItem.toItem(application);
            writes.add(WriteRequest.builder().putRequest(p -> p.item(item)).build());
        }
        for (int i = 0; i < writes.size(); i += 25) {
            Map<String, List<WriteRequest>> pending = Map.of(table, writes.subList(i, Math.min(writes.size(), i + 25)));
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> request = pending;
                pending = aws.dynamoDb().batchWriteItem(r -> r.requestItems(request)).unprocessedItems();
            }
        }
    }
}
