package example.mentoring.aws;

import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * Builds the SDK clients the same way for every function: the URL-connection HTTP client (the
 * smallest and quickest to start), the region and optional endpoint from {@link Environment}, and
 * credentials read from the environment on each use (so SnapStart restores pick up fresh ones).
 * Built once per execution environment and shared.
 */
public final class AwsClients {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);
    /** The SDK's standard retry strategy, 3 attempts, unless AWS_MAX_ATTEMPTS says otherwise (tests: 1). */
    static final int DEFAULT_MAX_ATTEMPTS = 3;

    private final Environment environment;
    private final SdkHttpClient httpClient;
    private volatile DynamoDbClient dynamoDb;
    private volatile SchedulerClient scheduler;
    private volatile SesV2Client ses;
    private volatile CognitoIdentityProviderClient cognito;
    private final Map<JsonProtocolClient.Service, JsonProtocolClient> jsonProtocol = new EnumMap<>(JsonProtocolClient.Service.class);

    public AwsClients(Environment environment) {
        this(environment, UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(2))
                .socketTimeout(CALL_TIMEOUT)
                .build());
    }

    private AwsClients(Environment environment, SdkHttpClient httpClient) {
        this.environment = environment;
        this.httpClient = httpClient;
    }

    /**
     * Clients configured as these are whose calls never leave the process ({@link OfflineHttpClient}):
     * successes with nothing in them, a placeholder for a secret, and the items put found again by
     * their keys. For priming a function's real request paths, writes included, with no side effect.
     */
    public AwsClients offline() {
        return new AwsClients(environment, new OfflineHttpClient());
    }

    public Environment environment() {
        return environment;
    }

    public synchronized DynamoDbClient dynamoDb() {
        if (dynamoDb == null) {
            dynamoDb = configure(DynamoDbClient.builder()).httpClient(httpClient).build();
        }
        return dynamoDb;
    }

    public synchronized SchedulerClient scheduler() {
        if (scheduler == null) {
            scheduler = configure(SchedulerClient.builder()).httpClient(httpClient).build();
        }
        return scheduler;
    }

    public synchronized SesV2Client ses() {
        if (ses == null) {
            ses = configure(SesV2Client.builder()).httpClient(httpClient).build();
        }
        return ses;
    }

    public synchronized CognitoIdentityProviderClient cognito() {
        if (cognito == null) {
            cognito = configure(CognitoIdentityProviderClient.builder()).httpClient(httpClient).build();
        }
        return cognito;
    }

    /** A service spoken to in its JSON protocol, without its generated client ({@link JsonProtocolClient}). */
    public synchronized JsonProtocolClient jsonProtocol(JsonProtocolClient.Service service) {
        return jsonProtocol.computeIfAbsent(service, s -> new JsonProtocolClient(s, httpClient, credentials(),
                region().id(), environment.optional(Setting.AWS_ENDPOINT_URL).map(URI::create), maxAttempts()));
    }

    <B extends AwsClientBuilder<B, ?>> B configure(B builder) {
        builder.region(region()).credentialsProvider(credentials());
        environment.optional(Setting.AWS_ENDPOINT_URL).map(URI::create).ifPresent(builder::endpointOverride);
        ClientOverrideConfiguration.Builder override = ClientOverrideConfiguration.builder()
                .apiCallTimeout(CALL_TIMEOUT);
        // Standard mode: throttling, 5xx and I/O errors are retried with jittered exponential back-off
        // (a retried transaction keeps its client request token, so it cannot apply twice).
        override.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(maxAttempts()).build());
        builder.overrideConfiguration(override.build());
        return builder;
    }

    private Region region() {
        return Region.of(environment.optional(Setting.AWS_REGION).orElse("us-east-1"));
    }

    private int maxAttempts() {
        return environment.optional(Setting.AWS_MAX_ATTEMPTS).map(Integer::parseInt).orElse(DEFAULT_MAX_ATTEMPTS);
    }

    private AwsCredentialsProvider credentials() {
        if (environment.isProcessEnvironment()) {
            return EnvironmentVariableCredentialsProvider.create();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(
                environment.optional(Setting.AWS_ACCESS_KEY_ID).orElse("test"),
                environment.optional(Setting.AWS_SECRET_ACCESS_KEY).orElse("test")));
    }
}
