package example.mentoring.access;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.JsonProtocolClient;
import example.mentoring.aws.Setting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who the coordinators are, for emailing them: the members of the user pool's
 * {@code coordinators} group, the same group that grants coordinator rights. Reading the group
 * (rather than a list of addresses in the stack's configuration) keeps one source of truth: an
 * administrator who adds or removes a coordinator changes who is emailed too. Members without a
 * verified email, or disabled, are left out.
 */
public final class CoordinatorDirectory {

    public static final String GROUP = "coordinators";

    /** Cognito is called (ListUsersInGroup, in its JSON protocol) only when a request emails coordinators. */
    private final AwsClients aws;
    private final String userPoolId;

    public CoordinatorDirectory(AwsClients aws) {
        this.aws = aws;
        this.userPoolId = aws.environment().required(Setting.USER_POOL_ID);
    }

    /** A coordinator to write to: their address, and the name to greet them by. */
    public record Coordinator(String email, String name) {
    }

    /** Every enabled coordinator with a verified address, in the group's order, each address once. */
    public List<Coordinator> all() {
        List<Coordinator> coordinators = new ArrayList<>();
        JsonProtocolClient cognito = aws.jsonProtocol(JsonProtocolClient.Service.COGNITO_IDENTITY_PROVIDER);
        Optional<String> next = Optional.empty();
        do {
            Map<String, String> request = new LinkedHashMap<>(Map.of("UserPoolId", userPoolId, "GroupName", GROUP));
            next.ifPresent(token -> request.put("NextToken", token));
            JsonNode page = cognito.call("ListUsersInGroup", request);
            for (JsonNode user : page.path("Users")) {
                Optional<String> email = attribute(user, "email").map(e -> e.toLowerCase(Locale.ROOT));
                boolean verified = attribute(user, "email_verified").map("true"::equalsIgnoreCase).orElse(false);
                boolean enabled = user.path("Enabled").asBoolean(true);
                if (email.isPresent() && verified && enabled
                        && coordinators.stream().noneMatch(c -> c.email().equals(email.get()))) {
                    coordinators.add(new Coordinator(email.get(), attribute(user, "name").orElse("coordinator")));
                }
            }
            next = Optional.of(page.path("NextToken").asText("")).filter(token -> !token.isEmpty());
        } while (next.isPresent());
        return coordinators;
    }

    private static Optional<String> attribute(JsonNode user, String name) {
        for (JsonNode attribute : user.path("Attributes")) {
            if (name.equals(attribute.path("Name").asText())) {
                return Optional.of(attribute.path("Value").asText("")).filter(v -> !v.isBlank());
            }
        }
        return Optional.empty();
    }
}
