package example.mentoring.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.scheduler.model.ConflictException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AlreadyExistsException;
import software.amazon.awssdk.services.sesv2.model.SesV2Exception;

/**
 * The stack of template.yaml made real in an emulator (Moto, or LocalStack): its tables exactly
 * as the template defines them, its schedule groups, its SES configuration sets, its secrets (with
 * random values), its user pools with their groups; and each function's environment as the
 * template sets it, pointed at the emulator, with the emulator's id of a user pool wherever the
 * template passes {@code !Ref} of it.
 */
public final class EmulatedStack {

    private final StackTemplate template;
    private final URI endpoint;
    /** Logical id of each user pool to the id the emulator gave it, as of the last provisioning. */
    private final Map<String, String> userPoolIds = new ConcurrentHashMap<>();

    public EmulatedStack(StackTemplate template, URI endpoint) {
        this.template = template;
        this.endpoint = endpoint;
    }

    public URI endpoint() {
        return endpoint;
    }

    public StackTemplate template() {
        return template;
    }

    /** Creates what the template declares; what exists already is kept. */
    public EmulatedStack provision() {
        try (DynamoDbClient dynamo = DynamoDbClient.builder()
                .endpointOverride(endpoint).region(Region.of(StackTemplate.REGION))
                .credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create()).build()) {
            template.tables().forEach((name, properties) -> {
                try {
                    dynamo.createTable(tableRequest(name, properties));
                } catch (ResourceInUseException exists) {
                    // provisioned by an earlier start
                }
            });
        }
        try (SchedulerClient scheduler = SchedulerClient.builder()
                .endpointOverride(endpoint).region(Region.of(StackTemplate.REGION))
                .credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create()).build()) {
            for (String group : template.scheduleGroups()) {
                try {
                    scheduler.createScheduleGroup(r -> r.name(group));
                } catch (ConflictException exists) {
                    // provisioned by an earlier start
                }
            }
        }
        try (CognitoIdentityProviderClient cognito = CognitoIdentityProviderClient.builder()
                .endpointOverride(endpoint).region(Region.of(StackTemplate.REGION))
                .credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create()).build()) {
            template.userPools().forEach((logicalId, properties) ->
                    userPoolIds.put(logicalId, userPool(cognito, logicalId, properties)));
            for (StackTemplate.UserPoolGroup group : template.userPoolGroups()) {
                try {
                    cognito.createGroup(r -> r.userPoolId(userPoolIds.get(group.userPool())).groupName(group.name()));
                } catch (GroupExistsException exists) {
                    // provisioned by an earlier start
                }
            }
        }
        try (SesV2Client ses = SesV2Client.builder()
                .endpointOverride(endpoint).region(Region.of(StackTemplate.REGION))
                .credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create()).build()) {
            // The emulator verifies an identity at once; deployed, verifying the domain is an operator's step.
            template.parameterDefault("SenderEmail").map(EmulatedStack::domainOf).ifPresent(domain -> {
                try {
                    ses.createEmailIdentity(r -> r.emailIdentity(domain));
                } catch (AlreadyExistsException exists) {
                    // provisioned by an earlier start
                }
            });
            for (String configurationSet : template.sesConfigurationSets()) {
                try {
                    ses.createConfigurationSet(r -> r.configurationSetName(configurationSet));
                } catch (SesV2Exception e) {
                    // Moto names it ConfigurationSetAlreadyExists, SES AlreadyExistsException
                    if (!e.awsErrorDetails().errorCode().contains("AlreadyExists")) {
                        throw e;
                    }
                }
            }
        }
        try (SecretsManagerClient secrets = secretsManager()) {
            // as GenerateSecretString does when deployed: a fresh random value
            for (String secret : template.secrets()) {
                try {
                    secrets.createSecret(r -> r.name(secret).secretString(randomSecret()));
                } catch (ResourceExistsException exists) {
                    // provisioned by an earlier start
                }
            }
        }
        return this;
    }

    /** The pool named by its logical id: found if an earlier start made it, else created as declared. */
    private static String userPool(CognitoIdentityProviderClient cognito, String logicalId, JsonNode properties) {
        Optional<String> existing = cognito.listUserPoolsPaginator(r -> r.maxResults(60)).userPools().stream()
                .filter(pool -> pool.name().equals(logicalId)).map(UserPoolDescriptionType::id).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        List<String> usernameAttributes = new ArrayList<>();
        properties.path("UsernameAttributes").forEach(a -> usernameAttributes.add(a.asText()));
        List<String> aliasAttributes = new ArrayList<>();
        properties.path("AliasAttributes").forEach(a -> aliasAttributes.add(a.asText()));
        List<String> autoVerified = new ArrayList<>();
        properties.path("AutoVerifiedAttributes").forEach(a -> autoVerified.add(a.asText()));
        return cognito.createUserPool(r -> r.poolName(logicalId)
                .usernameAttributesWithStrings(usernameAttributes)
                .aliasAttributesWithStrings(aliasAttributes)
                .autoVerifiedAttributesWithStrings(autoVerified)
                .adminCreateUserConfig(c -> c.allowAdminCreateUserOnly(
                        properties.path("AdminCreateUserConfig").path("AllowAdminCreateUserOnly").asBoolean(false))))
                .userPool().id();
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /** 48 random letters and digits, like the template's {@code GenerateSecretString}. */
    /** A Secrets Manager client of the stack's (the caller closes it): for tests that read or rotate a secret. */
    public SecretsManagerClient secretsManager() {
        return SecretsManagerClient.builder().endpointOverride(endpoint).region(Region.of(StackTemplate.REGION))
                .credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create()).build();
    }

    public static String randomSecret() {
        StringBuilder secret = new StringBuilder();
        for (int i = 0; i < 48; i++) {
            secret.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        return secret.toString();
    }

    static String domainOf(String address) {
        return address.substring(address.indexOf('@') + 1);
    }

    static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
    }

    static CreateTableRequest tableRequest(String name, JsonNode properties) {
        List<AttributeDefinition> attributes = new ArrayList<>();
        properties.path("AttributeDefinitions").forEach(a -> attributes.add(AttributeDefinition.builder()
                .attributeName(a.path("AttributeName").asText())
                .attributeType(a.path("AttributeType").asText()).build()));
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        properties.path("GlobalSecondaryIndexes").forEach(index -> indexes.add(GlobalSecondaryIndex.builder()
                .indexName(index.path("IndexName").asText())
                .keySchema(keySchema(index.path("KeySchema")))
                .projection(Projection.builder().projectionType(
                        index.path("Projection").path("ProjectionType").asText("ALL")).build())
                .build()));
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attributes)
                .keySchema(keySchema(properties.path("KeySchema")));
        if (!indexes.isEmpty()) {
            request.globalSecondaryIndexes(indexes);
        }
        return request.build();
    }

    private static List<KeySchemaElement> keySchema(JsonNode schema) {
        List<KeySchemaElement> keys = new ArrayList<>();
        schema.forEach(k -> keys.add(KeySchemaElement.builder()
                .attributeName(k.path("AttributeName").asText())
                .keyType(k.path("KeyType").asText()).build()));
        return keys;
    }

    /** A function's environment as deployed, plus what points the SDK at the emulator. */
    public Map<String, String> environmentOf(StackTemplate.Function function) {
        Map<String, String> environment = new LinkedHashMap<>(function.environment());
        // the template's !Ref of a user pool reads as its logical id; the emulator gave it another
        environment.replaceAll((name, value) -> userPoolIds.getOrDefault(value, value));
        environment.put("AWS_ENDPOINT_URL", endpoint.toString());
        environment.put("AWS_REGION", StackTemplate.REGION);
        environment.put("AWS_ACCESS_KEY_ID", "test");
        environment.put("AWS_SECRET_ACCESS_KEY", "test");
        // An unsupported call answers 500; retrying it only hides the gap.
        environment.put("AWS_MAX_ATTEMPTS", "1");
        return environment;
    }

    public Map<String, String> environmentOf(String functionLogicalId) {
        return environmentOf(template.functions().stream()
                .filter(f -> f.logicalId().equals(functionLogicalId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No function " + functionLogicalId)));
    }

}
