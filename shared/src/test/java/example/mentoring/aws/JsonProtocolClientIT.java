package example.mentoring.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import example.mentoring.emulator.EmulatedStack;
import example.mentoring.emulator.Fault;
import example.mentoring.emulator.FaultProxy;
import example.mentoring.emulator.FaultyMoto;
import example.mentoring.emulator.Operation;
import example.mentoring.emulator.When;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

@ExtendWith(FaultyMoto.class)
@DisplayName("A service in its JSON protocol, without its generated client: signed calls, refusals by type, retries")
class JsonProtocolClientIT {

    static final Operation GET_SECRET_VALUE = Operation.target("secretsmanager.GetSecretValue");

    FaultProxy proxy;
    EmulatedStack stack;
    Map<String, String> environment;
    String secretId;

    @BeforeEach
    void setUp(EmulatedStack stack, FaultProxy proxy) {
        this.stack = stack;
        this.proxy = proxy;
        this.environment = new HashMap<>(stack.environmentOf("PublishPostFunction"));
        environment.put("AWS_MAX_ATTEMPTS", "3");
        this.secretId = environment.get("LINK_SIGNING_SECRET");
    }

    JsonProtocolClient secretsManager() {
        return new AwsClients(Environment.of(environment)).jsonProtocol(JsonProtocolClient.Service.SECRETS_MANAGER);
    }

    @Test
    @DisplayName("a signed call is answered as the generated client's is")
    void readsWhatTheGeneratedClientReads() {
        String value;
        try (SecretsManagerClient sdk = stack.secretsManager()) {
            value = sdk.getSecretValue(r -> r.secretId(secretId)).secretString();
        }
        assertEquals(value, secretsManager().call("GetSecretValue", Map.of("SecretId", secretId))
                .path("SecretString").asText());
    }

    @Test
    @DisplayName("a read of Cognito: the group's members")
    void readsAGroup() {
        String pool = environment.get("USER_POOL_ID");
        AwsClients aws = new AwsClients(Environment.of(environment));
        CognitoIdentityProviderClient sdk = aws.cognito();
        sdk.createGroup(r -> r.userPoolId(pool).groupName("readers"));
        sdk.adminCreateUser(r -> r.userPoolId(pool).username("u1"));
        sdk.adminAddUserToGroup(r -> r.userPoolId(pool).username("u1").groupName("readers"));
        var page = aws.jsonProtocol(JsonProtocolClient.Service.COGNITO_IDENTITY_PROVIDER)
                .call("ListUsersInGroup", Map.of("UserPoolId", pool, "GroupName", "readers"));
        assertEquals("u1", page.path("Users").path(0).path("Username").asText(), page.toString());
    }

    @Test
    @DisplayName("a refusal names its error type and status, and is not tried again")
    void refusalsByType() {
        int before = proxy.calls(GET_SECRET_VALUE);
        JsonProtocolClient.AwsRefusal refusal = assertThrows(JsonProtocolClient.AwsRefusal.class, () -> secretsManager()
                .call("GetSecretValue", Map.of("SecretId", secretId, "VersionStage", "NO_SUCH_STAGE")));
        assertEquals("ResourceNotFoundException", refusal.type());
        assertEquals(4, refusal.status() / 100, "a client error (AWS answers 400, Moto 404)");
        assertEquals(before + 1, proxy.calls(GET_SECRET_VALUE));
    }

    @Test
    @DisplayName("5xx answers, throttling and reset connections are tried again, up to the attempts allowed")
    void transientFailuresAreTriedAgain() {
        proxy.inject(GET_SECRET_VALUE, Fault.internalError(), When.firstCalls(2));
        int before = proxy.calls(GET_SECRET_VALUE);
        secretsManager().call("GetSecretValue", Map.of("SecretId", secretId));
        assertEquals(before + 3, proxy.calls(GET_SECRET_VALUE));

        proxy.clear();
        proxy.inject(GET_SECRET_VALUE, Fault.dynamoDbThrottling(), When.firstCalls(1));
        before = proxy.calls(GET_SECRET_VALUE);
        secretsManager().call("GetSecretValue", Map.of("SecretId", secretId));
        assertEquals(before + 2, proxy.calls(GET_SECRET_VALUE));

        proxy.clear();
        proxy.inject(GET_SECRET_VALUE, new Fault.Reset(), When.always());
        assertThrows(UncheckedIOException.class, () -> secretsManager().call("GetSecretValue", Map.of("SecretId", secretId)));
        proxy.clear();
        proxy.inject(GET_SECRET_VALUE, Fault.internalError(), When.always());
        int beforeOutage = proxy.calls(GET_SECRET_VALUE);
        JsonProtocolClient.AwsRefusal outage = assertThrows(JsonProtocolClient.AwsRefusal.class,
                () -> secretsManager().call("GetSecretValue", Map.of("SecretId", secretId)));
        assertEquals(500, outage.status());
        assertEquals(beforeOutage + 3, proxy.calls(GET_SECRET_VALUE), "three attempts, then the refusal");
    }
}
