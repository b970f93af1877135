package example.mentoring.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.scheduler.SchedulerClient;

/**
 * Everything a function can change in the emulated stack, read back for comparison (e.g. before
 * and after priming): every item of every table, the schedules of every group, the users of every
 * user pool, and the emails sent. Equal states mean nothing was written, scheduled, invited or sent.
 */
public record StackState(Map<String, List<String>> items, List<String> schedules, List<String> users,
                         List<SentEmails.SentEmail> emails) {

    public static StackState read(EmulatedStack stack) {
        Map<String, List<String>> items = new TreeMap<>();
        List<String> schedules = new ArrayList<>();
        List<String> users = new ArrayList<>();
        try (DynamoDbClient dynamo = DynamoDbClient.builder().endpointOverride(stack.endpoint())
                .region(Region.of(StackTemplate.REGION)).credentialsProvider(EmulatedStack.credentials())
                .httpClient(UrlConnectionHttpClient.create()).build();
             SchedulerClient scheduler = SchedulerClient.builder().endpointOverride(stack.endpoint())
                .region(Region.of(StackTemplate.REGION)).credentialsProvider(EmulatedStack.credentials())
                .httpClient(UrlConnectionHttpClient.create()).build();
             CognitoIdentityProviderClient cognito = CognitoIdentityProviderClient.builder().endpointOverride(stack.endpoint())
                .region(Region.of(StackTemplate.REGION)).credentialsProvider(EmulatedStack.credentials())
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            for (String table : dynamo.listTablesPaginator().tableNames()) {
                items.put(table, dynamo.scanPaginator(r -> r.tableName(table)).items().stream()
                        .map(item -> new TreeMap<>(item).toString()).sorted().toList());
            }
            scheduler.listSchedulesPaginator(r -> { }).schedules()
                    .forEach(s -> schedules.add(s.groupName() + "/" + s.name()));
            cognito.listUserPoolsPaginator(r -> r.maxResults(60)).userPools().forEach(pool ->
                    cognito.listUsersPaginator(r -> r.userPoolId(pool.id())).users()
                            .forEach(user -> users.add(pool.id() + "/" + user.username())));
        }
        return new StackState(items, schedules.stream().sorted().toList(), users.stream().sorted().toList(),
                SentEmails.read(stack.endpoint()));
    }
}
