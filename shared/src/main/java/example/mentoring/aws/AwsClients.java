package example.mentoring.aws;

import java.net.URI;
import java.time.Duration;
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
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
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
    private volatile SecretsManagerClient secretsManager;

    public AwsClients(Environment environment) {
        this.environment = environment;
        this.httpClient = UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(2))
                .socketTimeout(CALL_TIMEOUT)
                .build();
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

    public synchronized SecretsManagerClient secretsManager() {
        if (secretsManager == null) {
            secretsManager = configure(SecretsManagerClient.builder()).httpClient(httpClient).build();
        }
        return secretsManager;
    }

    <B extends AwsClientBuilder<B, ?>> B configure(B builder) {
        builder.region(Region.of(environment.optional(Setting.AWS_REGION).orElse("us-east-1")))
                .credentialsProvider(credentials());
        environment.optional(Setting.AWS_ENDPOINT_URL).map(URI::create).ifPresent(builder::endpointOverride);
        ClientOverrideConfiguration.Builder override = ClientOverrideConfiguration.builder()
                .apiCallTimeout(CALL_TIMEOUT);
        // Standard mode: throttling, 5xx and I/O errors are retried with jittered exponential back-off
        // (a retried transaction keeps its client request token, so it cannot apply twice).
        int attempts = environment.optional(Setting.AWS_MAX_ATTEMPTS).map(Integer::parseInt).orElse(DEFAULT_MAX_ATTEMPTS);
        override.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(attempts).build());
        builder.overrideConfiguration(override.build());
        return builder;
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
