package example.mentoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import example.mentoring.emulator.ProjectRoot;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The user pool in template.yaml: nobody makes or changes their own identity")
class TemplateSecurityTest {

    static final JsonNode RESOURCES = resources();

    static JsonNode resources() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(ProjectRoot.find().resolve("template.yaml").toFile())
                    .path("Resources");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode properties(String logicalId) {
        return RESOURCES.path(logicalId).path("Properties");
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    @Test
    @DisplayName("self sign-up is off: accounts are created by invitation only")
    void noSelfSignUp() {
        assertTrue(properties("UserPool").path("AdminCreateUserConfig").path("AllowAdminCreateUserOnly").asBoolean(false));
    }

    @Test
    @DisplayName("no one can write their own email: not through the app client, and never unverified")
    void emailNotWritable() {
        JsonNode client = properties("UserPoolClient");
        assertTrue(client.has("WriteAttributes"), "without WriteAttributes, every attribute is writable");
        assertFalse(strings(client.path("WriteAttributes")).contains("email"));
        assertTrue(strings(client.path("ReadAttributes")).containsAll(List.of("email", "email_verified")));
        assertEquals(List.of("email"), strings(properties("UserPool").path("UserAttributeUpdateSettings")
                .path("AttributesRequireVerificationBeforeUpdate")));
    }

    @Test
    @DisplayName("the pool is protected from deletion and offers authenticator-app MFA, optional")
    void protectedAndMfa() {
        JsonNode pool = properties("UserPool");
        assertEquals("ACTIVE", pool.path("DeletionProtection").asText());
        assertEquals("OPTIONAL", pool.path("MfaConfiguration").asText());
        assertEquals(List.of("SOFTWARE_TOKEN_MFA"), strings(pool.path("EnabledMfas")));
    }

    @Test
    @DisplayName("only the confirmation (run-matching's request, the confirm-matches worker) may create users, only an erasure (people) delete one, close-cohort, log-meeting and publish-post only read the coordinators group, in this pool only, and each is told which pool")
    void onlyRunMatchingCreatesUsers() {
        List<String> granted = new ArrayList<>();
        RESOURCES.fields().forEachRemaining(resource -> resource.getValue().path("Properties").path("Policies")
                .forEach(policy -> policy.path("Statement").forEach(statement -> {
                    if (strings(statement.path("Action")).stream().anyMatch(a -> a.startsWith("cognito-idp:"))
                            || statement.path("Action").asText().startsWith("cognito-idp:")) {
                        granted.add(resource.getKey() + " " + statement.path("Action").asText() + " on "
                                + statement.path("Resource").asText());
                    }
                })));
        assertEquals(List.of("CloseCohortFunction cognito-idp:ListUsersInGroup on UserPool.Arn",
                "RunMatchingFunction cognito-idp:AdminCreateUser on UserPool.Arn",
                "ConfirmMatchesFunction cognito-idp:AdminCreateUser on UserPool.Arn",
                "LogMeetingFunction cognito-idp:ListUsersInGroup on UserPool.Arn",
                "PublishPostFunction cognito-idp:ListUsersInGroup on UserPool.Arn",
                "PeopleFunction cognito-idp:AdminDeleteUser on UserPool.Arn"), granted);
        for (String function : List.of("CloseCohortFunction", "RunMatchingFunction", "ConfirmMatchesFunction", "LogMeetingFunction",
                "PublishPostFunction", "PeopleFunction")) {
            assertEquals("UserPool", properties(function).path("Environment").path("Variables")
                    .path("USER_POOL_ID").asText());
        }
    }
}
