package example.mentoring.access;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/**
 * Who the coordinators are, for emailing them: the members of the user pool's
 * {@code coordinators} group, the same group that grants coordinator rights. Reading the group
 * (rather than a list of addresses in the stack's configuration) keeps one source of truth: an
 * administrator who adds or removes a coordinator changes who is emailed too. Members without a
 * verified email, or disabled, are left out.
 */
public final class CoordinatorDirectory {

    public static final String GROUP = "coordinators";

    /** The Cognito client is built on first use: only some requests email coordinators. */
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
        aws.cognito().listUsersInGroupPaginator(r -> r.userPoolId(userPoolId).groupName(GROUP)).users().forEach(user -> {
            Optional<String> email = attribute(user, "email").map(e -> e.toLowerCase(Locale.ROOT));
            boolean verified = attribute(user, "email_verified").map("true"::equalsIgnoreCase).orElse(false);
            boolean enabled = user.enabled() == null || user.enabled();
            if (email.isPresent() && verified && enabled
                    && coordinators.stream().noneMatch(c -> c.email().equals(email.get()))) {
                coordinators.add(new Coordinator(email.get(), attribute(user, "name").orElse("coordinator")));
            }
        });
        return coordinators;
    }

    private static Optional<String> attribute(UserType user, String name) {
        return user.attributes().stream().filter(a -> name.equals(a.name())).map(AttributeType::value)
                .filter(v -> !v.isBlank()).findFirst();
    }
}
